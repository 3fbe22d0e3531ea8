using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;

namespace LoopCoach.Core.Content;

/// <summary>Checks that the pieces of content fit together: unique ids, and every reference names something that exists.</summary>
internal static class ContentValidator
{
    public static IEnumerable<Problem> CheckFrameworks(IReadOnlyList<Framework> frameworks)
    {
        foreach (var duplicate in frameworks.GroupBy(f => f.Id).Where(g => g.Count() > 1))
        {
            yield return new Problem(duplicate.Last().Source + ": id", "content.id-duplicate", duplicate.Key);
        }

        var seen = new Dictionary<string, Framework>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
        {
            foreach (var competency in framework.Competencies)
            {
                if (!seen.TryAdd(competency.Id, framework) && competency.Id.Length > 0)
                {
                    yield return new Problem($"{framework.Source}: {competency.Id}", "content.competency-duplicate", competency.Id, seen[competency.Id].Id);
                }
            }
        }

        foreach (var framework in frameworks)
        {
            foreach (var competency in framework.Competencies)
            {
                foreach (var related in competency.Related.Where(r => !seen.ContainsKey(r)))
                {
                    yield return new Problem($"{framework.Source}: {competency.Id}.related", "content.competency-unknown", related);
                }
            }
        }
    }

    public static IEnumerable<Problem> Check(ContentCatalog catalog)
    {
        foreach (var problem in CheckFrameworks(catalog.Frameworks.Frameworks))
        {
            yield return problem;
        }

        var questions = catalog.Questions.Questions;
        foreach (var duplicate in questions.GroupBy(q => q.Id).Where(g => g.Count() > 1))
        {
            yield return new Problem("questions", "content.id-duplicate", duplicate.Key);
        }

        foreach (var question in questions)
        {
            if (!question.Id.Contains($".{question.Language.Code()}.", StringComparison.Ordinal))
            {
                yield return new Problem(question.Id, "content.id-invalid", question.Id);
            }

            foreach (var id in question.Competencies.Where(c => catalog.Frameworks.FindCompetency(c) is null))
            {
                yield return new Problem(question.Id, "content.competency-unknown", id);
            }

            if (question.Competencies.Distinct().Count() != question.Competencies.Count)
            {
                yield return new Problem(question.Id, "content.id-duplicate", string.Join(",", question.Competencies));
            }
        }

        foreach (var gap in Gaps.All.Where(g => catalog.Probes.All(p => p.Gap != g)))
        {
            yield return new Problem("probes.yaml", "content.gap-missing", gap);
        }

        foreach (var duplicate in catalog.Probes.GroupBy(p => p.Gap).Where(g => g.Count() > 1))
        {
            yield return new Problem("probes.yaml", "content.id-duplicate", duplicate.Key);
        }

        foreach (var duplicate in catalog.Probes.Intents.GroupBy(i => i.Id).Where(g => g.Count() > 1 || Gaps.All.Contains(g.Key)))
        {
            yield return new Problem("probes.yaml", "content.id-duplicate", duplicate.Key);
        }

        foreach (var intent in catalog.Probes.Intents)
        {
            foreach (var id in intent.Competencies.Where(c => catalog.Frameworks.FindCompetency(c) is null))
            {
                yield return new Problem("probes.yaml: " + intent.Id, "content.competency-unknown", id);
            }
        }

        foreach (var id in catalog.Frameworks.Competencies.Select(c => c.Id).Where(id => !catalog.Lexicon.Signals.ContainsKey(id)))
        {
            yield return new Problem("lexicons/competencies.yaml", "content.signals-missing", id);
        }

        foreach (var id in catalog.Lexicon.Signals.Keys.Where(id => catalog.Frameworks.FindCompetency(id) is null))
        {
            yield return new Problem("lexicons/competencies.yaml", "content.competency-unknown", id);
        }

        foreach (var (quality, id) in catalog.PostingLexicon.Qualities.SelectMany(q => q.Competencies.Select(c => (q.Id, c))).Where(p => catalog.Frameworks.FindCompetency(p.c) is null))
        {
            yield return new Problem("lexicons/postings.yaml", "content.competency-unknown", $"{quality}: {id}");
        }

        foreach (var template in catalog.Templates.Where(t => catalog.Frameworks.Find(t.FrameworkId) is null))
        {
            yield return new Problem("loops/" + template.Id, "framework.not-found", template.FrameworkId, "");
        }

        foreach (var topic in catalog.Ask.Topics.Where(t => !AskGuide.TopicIds.Contains(t.Id)))
        {
            yield return new Problem("ask.yaml", "content.id-invalid", topic.Id);
        }

        foreach (var topic in catalog.Ask.Avoid.Where(t => !AskGuide.AvoidIds.Contains(t.Id)))
        {
            yield return new Problem("ask.yaml", "content.id-invalid", topic.Id);
        }
    }
}
