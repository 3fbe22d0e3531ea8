using System.Text.RegularExpressions;
using LoopCoach.Core.Content;

namespace LoopCoach.Core.Tests.Content;

public sealed class ContentIdTests
{
    public static TheoryData<string> Ids => new(
        "a", "amazon-lp", "customer-obsession", "a1-2b", "x9", new string('a', 64), "",
        "-a", "a-", "a--b", "Amazon", "a_b", "a b", "역량", "a.b", new string('a', 65));

    [Theory]
    [MemberData(nameof(Ids))]
    public void IsValidId_AcceptsExactlyLowerCaseWordsJoinedBySingleHyphens(string id)
    {
        var expected = id.Length <= ContentReader.MaxIdLength && Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$");

        Assert.Equal(expected, ContentReader.IsValidId(id));
    }
}
