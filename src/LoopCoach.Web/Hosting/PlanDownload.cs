using System.Globalization;
using LoopCoach.Core.Errors;

namespace LoopCoach.Web.Hosting;

/// <summary><c>GET /plan.ics</c>: the day-by-day plan for a saved posting's interview as an iCalendar file.</summary>
internal static class PlanDownload
{
    public static IEndpointConventionBuilder MapPlanDownload(this IEndpointRouteBuilder app) =>
        app.MapGet("/plan.ics", (long posting, string date, RequestApp request, WebLanguage language) =>
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new LoopCoachException(ErrorKind.InvalidInput, "plan.date-invalid", date);
            }

            var prep = request.App.Prep;
            var plan = prep.Plan(posting, day, language.Language);
            var ics = prep.Calendar(plan, language.Language, _ => null);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"loopcoach-plan-{day:yyyy-MM-dd}.ics");
        }).ExcludeFromDescription();
}
