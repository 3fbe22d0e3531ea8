namespace LoopCoach.Core.Coverage;

/// <summary>
/// The assignment problem solved exactly (Kuhn-Munkres with potentials, O(n³)): each row gets at most one
/// column and each column at most one row, maximising the total weight. Used so that story choices are optimal
/// for the whole loop, not a greedy first come, first served.
/// </summary>
public static class Hungarian
{
    /// <summary>
    /// For each row of <paramref name="weights"/> (rows × columns, weights ≥ 0), the column it gets, or -1.
    /// A row is left without a column rather than given one of weight 0.
    /// </summary>
    public static int[] MaximumWeight(double[,] weights)
    {
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        var n = Math.Max(rows, columns);
        if (n == 0)
        {
            return [];
        }

        var max = 0.0;
        foreach (var w in weights)
        {
            max = Math.Max(max, w);
        }

        // Minimise cost = max - weight on a square matrix padded with zero-weight cells.
        var cost = new double[n + 1, n + 1];
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                cost[i, j] = max - (i <= rows && j <= columns ? weights[i - 1, j - 1] : 0);
            }
        }

        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = new double[n + 1];
            var used = new bool[n + 1];
            Array.Fill(minv, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var current = cost[i0, j] - u[i0] - v[j];
                    if (current < minv[j])
                    {
                        minv[j] = current;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var result = new int[rows];
        Array.Fill(result, -1);
        for (var j = 1; j <= n; j++)
        {
            var row = p[j] - 1;
            var column = j - 1;
            if (row < rows && column < columns && weights[row, column] > 0)
            {
                result[row] = column;
            }
        }

        return result;
    }
}
