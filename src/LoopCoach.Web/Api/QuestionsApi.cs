using LoopCoach.Application.Json;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;
using LoopCoach.Web.Hosting;

namespace LoopCoach.Web.Api;

/// <summary><c>/api/questions</c>: the question bank, as <c>loopcoach questions list|search|show --json</c>.</summary>
public static class QuestionsApi
{
    public static void MapQuestions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/questions");
        group.MapGet("/", List).WithName("ListQuestions").WithSummary("Questions of the bank, filtered by competency, language (en, ko, all), kind and words.");
        group.MapGet("/search", Search).WithName("SearchQuestions").WithSummary("Questions containing all the words of q.");
        group.MapGet("/{id}", Show).WithName("GetQuestion").WithSummary("One question with the follow-ups an interviewer may drill with.");
    }

    public static List<QuestionJson> List(RequestApp app, WebLanguage messages, string? competency = null, string? language = null, string? kind = null, string? text = null, int? limit = null) =>
        Find(app, messages, competency, language, kind, text, limit);

    public static List<QuestionJson> Search(RequestApp app, WebLanguage messages, string? q = null, string? competency = null, string? language = null, string? kind = null, int? limit = null) =>
        Find(app, messages, competency, language, kind, AnalyzeApi.Required(q, "q"), limit);

    public static QuestionDetailJson Show(string id, RequestApp app)
    {
        var question = app.App.Questions.Get(id);
        var followUps = question.Probes.Select(gap => app.Content.GetProbe(gap))
            .Select(p => new FollowUpJson(p.Gap, TextJson.From(p.Name), p.Phrasings[question.Language]))
            .ToList();
        return new QuestionDetailJson(question.Id, question.Language.Code(), question.Text, question.Competencies, question.Kind.Code(), question.Difficulty, question.Probes, followUps);
    }

    private static List<QuestionJson> Find(RequestApp app, WebLanguage messages, string? competency, string? language, string? kind, string? text, int? limit)
    {
        if (limit is < 1)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "web.error.limit-invalid");
        }

        // As --language in the CLI: the questions' language ("all" for both), by default the request's.
        var questionLanguage = language is null ? messages.Language : language == "all" ? (Language?)null : Languages.TryParse(language)
            ?? throw new LoopCoachException(ErrorKind.InvalidInput, "web.error.language-invalid", language);
        QuestionKind? questionKind = kind is null ? null : QuestionKinds.TryParse(kind)
            ?? throw new LoopCoachException(ErrorKind.InvalidInput, "web.error.kind-invalid", kind);
        var query = new QuestionQuery
        {
            Competency = competency?.Trim().ToLowerInvariant(),
            Language = questionLanguage,
            Kind = questionKind,
            Text = text,
        };
        return [.. app.App.Questions.Find(query, limit).Select(QuestionJson.From)];
    }
}
