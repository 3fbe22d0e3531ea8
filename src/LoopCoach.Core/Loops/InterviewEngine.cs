using LoopCoach.Core.Analysis;
using LoopCoach.Core.Errors;
using LoopCoach.Core.Frameworks;
using LoopCoach.Core.Localization;
using LoopCoach.Core.Questions;
using LoopCoach.Core.Stories;

namespace LoopCoach.Core.Loops;

/// <summary>
/// Runs a planned loop one answer at a time: each interviewer opens, asks a main question per competency,
/// drills with follow-ups aimed at what the story still lacks (as deep as the interviewer's depth), takes a pass
/// as a gap and asks another question on the same competency, keeps to the time box, and closes with "any
/// questions for me?". Deterministic: the plan (with its seed) and the answers decide everything. Its
/// <see cref="State"/> is saved with each answer, and <see cref="Restore"/> brings it back without re-running anything.
/// </summary>
public sealed partial class InterviewEngine
{
    /// <summary>Seconds kept for the closing questions at the end of each time box.</summary>
    public const int ClosingReserveSeconds = 180;

    /// <summary>
    /// Similarity of what two main answers are about (<see cref="StorySubject"/>) from which they are the same story
    /// told twice. Retellings in other words score 0.8 and more; different stories of the dev sets, 0.26 at most.
    /// </summary>
    public const double ReusedStoryThreshold = 0.4;

    /// <summary>Cosine similarity above which the candidate's question was already answered during the interview.</summary>
    public const double CoveredThreshold = 0.3;

    // A question a real interviewer asked comes with no follow-ups of its own: these are the ones every story needs.
    private static readonly IReadOnlyList<string> RealQuestionProbes = [Gaps.Context, Gaps.Result, Gaps.Role];

    private readonly LoopPlan _plan;
    private readonly AnswerAnalyzer _analyzer;
    private readonly QuestionBank _questions;
    private readonly FollowUpChooser _followUps;
    private readonly AskGuide _ask;
    private readonly FrameworkCatalog _frameworks;
    private readonly Messages _messages;
    private readonly Language _language;
    private Random _random;
    private readonly List<Turn> _turns = [];
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _askedGaps = new(StringComparer.Ordinal);
    private readonly List<string> _phrasings = [];
    private readonly List<int> _story = [];
    private readonly int[] _seconds;
    private int _interviewer;
    private int _competency;
    private int _round;
    private int _passes;
    private int _draws;

    /// <summary>
    /// Starts the loop of <paramref name="plan"/> at its first line. Answers are judged by <paramref name="analyzer"/>;
    /// questions come from <paramref name="questions"/>, follow-ups from <paramref name="probes"/>, topics to avoid
    /// from <paramref name="ask"/>, competency names from <paramref name="frameworks"/> and every line the
    /// interviewers say from <paramref name="messages"/>.
    /// </summary>
    public InterviewEngine(LoopPlan plan, AnswerAnalyzer analyzer, QuestionBank questions, ProbeLibrary probes, AskGuide ask, FrameworkCatalog frameworks, Messages messages)
    {
        _plan = plan;
        _analyzer = analyzer;
        _questions = questions;
        _followUps = new FollowUpChooser(probes);
        _ask = ask;
        _frameworks = frameworks;
        _messages = messages;
        _language = plan.Language;
        _random = new Random(plan.Seed);
        _seconds = new int[plan.Interviewers.Count];
        Current = Opening(0);
    }

    /// <summary>
    /// Brings this new engine to where it stood when <paramref name="state"/> was saved, after
    /// <paramref name="turns"/>: nothing is re-asked or re-analysed, so a later release's content cannot change what
    /// was already said. Only an engine that has taken no answer can be restored.
    /// </summary>
    public InterviewEngine Restore(IReadOnlyList<Turn> turns, EngineState state)
    {
        if (_turns.Count > 0)
        {
            throw new InvalidOperationException("Only a new engine can be restored.");
        }

        _turns.AddRange(turns);
        _asked.Clear();
        _asked.UnionWith(state.Asked);
        _askedGaps.Clear();
        _askedGaps.UnionWith(state.AskedGaps);
        _story.Clear();
        _story.AddRange(state.Story);

        // A session saved before phrasings were kept: the follow-ups it asked are in its turns.
        _phrasings.Clear();
        _phrasings.AddRange(state.Phrasings);
        foreach (var probe in turns.Where(t => t.Prompt.Kind == TurnKind.Probe))
        {
            if (_followUps.KeyOf(probe.Prompt.Text, _plan.LanguageOf(probe.Prompt.Interviewer)) is { } key && !_phrasings.Contains(key))
            {
                _phrasings.Add(key);
            }
        }

        Array.Clear(_seconds);
        for (var i = 0; i < _seconds.Length && i < state.Seconds.Count; i++)
        {
            _seconds[i] = state.Seconds[i];
        }

        _interviewer = state.Interviewer;
        _competency = state.Competency;
        _round = state.Round;
        _passes = state.Passes;
        _random = new Random(_plan.Seed);
        _draws = 0;
        while (_draws < state.Draws)
        {
            Draw(int.MaxValue);
        }

        Current = state.Current;
        return this;
    }

    /// <summary>Where the engine stands now: save it with the answer just given.</summary>
    public EngineState State => new()
    {
        Current = Current,
        Interviewer = _interviewer,
        Competency = _competency,
        Round = _round,
        Passes = _passes,
        Draws = _draws,
        Story = [.. _story],
        AskedGaps = [.. _askedGaps.Order(StringComparer.Ordinal)],
        Phrasings = [.. _phrasings],
        Asked = [.. _asked.Order(StringComparer.Ordinal)],
        Seconds = [.. _seconds],
    };

    /// <summary>The plan being run.</summary>
    public LoopPlan Plan => _plan;

    /// <summary>What the interviewer says next; null once the loop is over.</summary>
    public Prompt? Current { get; private set; }

    /// <summary>Whether every interview is over.</summary>
    public bool IsFinished => Current is null;

    /// <summary>The exchanges so far.</summary>
    public IReadOnlyList<Turn> Turns => _turns;

    /// <summary>Estimated seconds used by each interviewer so far.</summary>
    public IReadOnlyList<int> SecondsUsed => _seconds;

    /// <summary>
    /// Records the candidate's answer to <see cref="Current"/> and moves to the next line. An empty answer is an
    /// <see cref="ErrorKind.InvalidInput"/> error and changes nothing; "skip" or "I have no such experience" is a pass.
    /// </summary>
    public Turn Answer(string answer)
    {
        var prompt = Current ?? throw new LoopCoachException(ErrorKind.Conflict, "loop.finished");
        // Kept as what was said: a control character (an escape sequence pasted from a terminal) is removed.
        var text = TextInput.WithoutControlCharacters(TextInput.Normalize(answer));
        if (text.Length == 0)
        {
            throw new LoopCoachException(ErrorKind.InvalidInput, "loop.answer-empty");
        }

        var notes = new List<TurnNote>();
        var skipped = prompt.Kind is TurnKind.Main or TurnKind.Probe or TurnKind.Opening && AnswerIntent.IsSkip(text, followUp: prompt.Kind == TurnKind.Probe);
        AnswerAnalysis? analysis = null;
        if (!skipped && prompt.Kind != TurnKind.Closing)
        {
            analysis = _analyzer.Analyze(new AnswerRequest
            {
                Text = text,
                Question = prompt.Text,
                Competency = prompt.Competency,
                QuestionProbes = QuestionProbes(prompt),
            });
        }

        if (skipped)
        {
            notes.Add(Note(TurnNoteCode.Skip, prompt.Competency is { } c ? Text("loop.skipped.competency", CompetencyName(c)) : Text("loop.skipped.question")));
        }

        if (prompt.Kind == TurnKind.Main && !skipped)
        {
            notes.AddRange(ReusedStory(text, prompt.Interviewer));
        }

        if (prompt.Kind == TurnKind.Closing)
        {
            notes.AddRange(CheckCandidateQuestions(text, prompt.Interviewer));
        }

        var seconds = AnswerAnalyzer.SpeakingSeconds(prompt.Text) + (analysis?.EstimatedSeconds ?? AnswerAnalyzer.SpeakingSeconds(text));
        _seconds[prompt.Interviewer] += seconds;
        var turn = new Turn
        {
            Seq = _turns.Count + 1,
            Prompt = prompt,
            Answer = text,
            Skipped = skipped,
            Seconds = seconds,
            Analysis = analysis,
            Notes = notes,
        };
        _turns.Add(turn);
        Current = Advance(turn);
        return turn;
    }

    /// <summary>
    /// Replays an answer saved by an older release, which kept only the line as it was asked: when that line is
    /// the kind the engine would say now, the turn keeps its words and its gap, so that reading an old session
    /// does not rewrite what the interviewer said; the engine then goes on by today's rules.
    /// </summary>
    public Turn AnswerAsAsked(string answer, TurnKind kind, string question, string? gap)
    {
        if (Current is { } prompt && prompt.Kind == kind && question.Length > 0 && prompt.Text != question && TextInput.Normalize(answer).Length > 0)
        {
            Current = prompt with { Text = question, Gap = kind == TurnKind.Probe && gap is not null ? gap : prompt.Gap };
            if (kind == TurnKind.Probe && gap is not null)
            {
                _askedGaps.Add(gap);
            }

            if (kind == TurnKind.Probe && _followUps.KeyOf(question, _plan.LanguageOf(prompt.Interviewer)) is { } key && !_phrasings.Contains(key))
            {
                _phrasings.Add(key);
            }
        }

        return Answer(answer);
    }

    private Prompt? Advance(Turn turn)
    {
        switch (turn.Prompt.Kind)
        {
            case TurnKind.Opening:
                _competency = 0;
                return MainOrClosing(intro: null);
            case TurnKind.Main when turn.Skipped:
                _passes++;
                return _passes < 2 ? MainOrClosing(Say(_interviewer, "loop.pass-ack")) : NextCompetency();
            case TurnKind.Main:
                _story.Clear();
                _story.Add(_turns.Count - 1);
                _askedGaps.Clear();
                _round = 0;
                return ProbeOrNext(turn.Prompt);
            case TurnKind.Probe when turn.Skipped:
                return NextCompetency();
            case TurnKind.Probe:
                _story.Add(_turns.Count - 1);
                return ProbeOrNext(turn.Prompt);
            default:
                return NextInterviewer();
        }
    }

    private Prompt? ProbeOrNext(Prompt last)
    {
        var interviewer = _plan.Interviewers[_interviewer];
        if (_round >= interviewer.Depth || !HasTime(forMain: false))
        {
            return NextCompetency();
        }

        // The story so far, main answer and follow-ups together: a follow-up answer is a fragment on its own.
        var main = _turns[_story[0]];
        var story = string.Join("\n", _story.Select(i => _turns[i].Answer));
        var analysis = _analyzer.Analyze(new AnswerRequest
        {
            Text = story,
            Competency = main.Prompt.Competency,
            QuestionProbes = QuestionProbes(main.Prompt),
        });
        var followUp = _followUps.Choose(
            analysis,
            main.Prompt.Competency,
            QuestionProbes(main.Prompt),
            _askedGaps,
            _phrasings,
            _plan.LanguageOf(_interviewer),
            Draw);
        if (followUp is null)
        {
            return NextCompetency();
        }

        _askedGaps.Add(followUp.Gap);
        _phrasings.Add(followUp.Key);
        _round++;
        return new Prompt
        {
            Interviewer = _interviewer,
            Kind = TurnKind.Probe,
            Text = followUp.Text,
            Competency = last.Competency,
            Gap = followUp.Gap,
            Round = _round,
        };
    }

    private Prompt? NextCompetency()
    {
        _competency++;
        _passes = 0;
        return MainOrClosing(intro: null);
    }

    private Prompt? MainOrClosing(string? intro)
    {
        while (true)
        {
            var interviewer = _plan.Interviewers[_interviewer];
            if (_competency < interviewer.Competencies.Count && HasTime(forMain: true))
            {
                var competency = interviewer.Competencies[_competency];
                var question = PickMain(competency, interviewer.Role);
                if (question is not null)
                {
                    _asked.Add(question.Id);
                    return new Prompt
                    {
                        Interviewer = _interviewer,
                        Kind = TurnKind.Main,
                        Intro = intro ?? PanelTurnIntro(),
                        Text = InCompanyWords(question.Text, _plan.LanguageOf(_interviewer)),
                        QuestionId = question.Id,
                        Competency = competency,
                    };
                }

                // Nothing left to ask on this competency: move on.
                _competency++;
                _passes = 0;
                continue;
            }

            if (_plan.Format == LoopFormat.Panel && _interviewer + 1 < _plan.Interviewers.Count && HasTime(forMain: true))
            {
                // A panel passes the word to the next interviewer; the closing comes once, at the end.
                _interviewer++;
                _competency = 0;
                continue;
            }

            var closer = _plan.Format == LoopFormat.Panel ? 0 : _interviewer;
            return new Prompt
            {
                Interviewer = closer,
                Kind = TurnKind.Closing,
                Text = Say(closer, "loop.closing"),
            };
        }
    }

    private Prompt? NextInterviewer()
    {
        if (_plan.Format == LoopFormat.Panel || _interviewer + 1 >= _plan.Interviewers.Count)
        {
            return null;
        }

        _interviewer++;
        return Opening(_interviewer);
    }

    private Prompt Opening(int index)
    {
        _interviewer = index;
        _competency = 0;
        var interviewer = _plan.Interviewers[index];
        // The hiring manager asks how you work (method and skill); everyone else why you, why here.
        var kind = interviewer.Role == "hiring-manager" ? QuestionKind.Method : QuestionKind.Motivation;
        var language = _plan.LanguageOf(index);
        var candidates = _questions.Questions
            .Where(q => q.Language == language && q.Kind == kind && !_asked.Contains(q.Id))
            .ToList();
        var question = index == 0 && kind == QuestionKind.Motivation ? candidates.FirstOrDefault() : candidates.Count == 0 ? null : candidates[Draw(candidates.Count)];
        var minutes = _plan.Format == LoopFormat.Panel ? _plan.PanelMinutes : interviewer.Minutes;
        var greeting = Greeting(index, minutes);
        if (question is null)
        {
            return new Prompt { Interviewer = index, Kind = TurnKind.Opening, Intro = greeting, Text = Say(index, "loop.opening-fallback") };
        }

        _asked.Add(question.Id);
        return new Prompt { Interviewer = index, Kind = TurnKind.Opening, Intro = greeting, Text = InCompanyWords(question.Text, language), QuestionId = question.Id };
    }

    private Question? PickMain(string competency, string role)
    {
        // What real interviewers asked comes first: it is the best rehearsal there is.
        var language = _plan.LanguageOf(_interviewer);
        var real = _plan.RealQuestions.FirstOrDefault(q => q.Competency == competency && q.Language == language && !_asked.Contains(q.Id));
        if (real is not null)
        {
            return new Question(real.Id, real.Language, real.Text, [real.Competency], QuestionKind.Behavioral, 2, RealQuestionProbes);
        }

        var ids = _questions.Questions.Any(q => q.Competencies.Contains(competency))
            ? [competency]
            : _frameworks.Expand(competency);
        var candidates = _questions.Questions
            .Where(q => q.Language == language && q.Kind is QuestionKind.Behavioral or QuestionKind.Situational && !_asked.Contains(q.Id))
            .Where(q => q.Competencies.Any(ids.Contains))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // Leaders ask the hard questions first; practitioners and recruiters the standard ones.
        int Preference(Question q) =>
            (ids.Contains(q.PrimaryCompetency) ? 0 : 10) + (role is "bar-raiser" or "leader" ? 3 - q.Difficulty : role is "hiring-manager" or "team-lead" ? Math.Abs(q.Difficulty - 2) : q.Difficulty == 3 ? 2 : 0);
        var best = candidates.Min(Preference);
        var top = candidates.Where(q => Preference(q) == best).ToList();
        return top[Draw(top.Count)];
    }

    /// <summary>The follow-ups the question asked in <paramref name="prompt"/> names, if any.</summary>
    private IReadOnlyList<string> QuestionProbes(Prompt prompt) =>
        prompt.QuestionId is not { } id ? []
            : _questions.Find(id)?.Probes ?? (_plan.RealQuestions.Any(q => q.Id == id) ? RealQuestionProbes : []);

    /// <summary>A number from the plan's seeded source, counted so that <see cref="Restore"/> can resume the sequence.</summary>
    private int Draw(int maxValue)
    {
        _draws++;
        return _random.Next(maxValue);
    }

    private bool HasTime(bool forMain)
    {
        var used = _plan.Format == LoopFormat.Panel ? _seconds.Sum() : _seconds[_interviewer];
        var box = (_plan.Format == LoopFormat.Panel ? _plan.PanelMinutes : _plan.Interviewers[_interviewer].Minutes) * 60;
        var reserve = Math.Min(ClosingReserveSeconds, box / 6) + (forMain ? 120 : 0);
        return used + reserve < box;
    }

    private IEnumerable<TurnNote> ReusedStory(string answer, int interviewer)
    {
        // What the story is about (names, numbers, places, content words), not the fillers and common words that two
        // stories of the same field share.
        var features = StorySubject.Of(answer);
        foreach (var earlier in _turns.Where(t => t.Prompt.Kind == TurnKind.Main && !t.Skipped && t.Prompt.Interviewer != interviewer))
        {
            if (TextFeatures.Cosine(features, StorySubject.Of(earlier.Answer)) >= ReusedStoryThreshold)
            {
                yield return new TurnNote(TurnNoteCode.StoryReused, Text(TurnNoteCode.StoryReused.MessageKey(), _plan.Interviewers[earlier.Prompt.Interviewer].Name, earlier.Seq), earlier.Seq);
                yield break;
            }
        }
    }

    private IEnumerable<TurnNote> CheckCandidateQuestions(string text, int interviewer)
    {
        if (AnswerIntent.IsNoQuestions(text))
        {
            yield return Note(TurnNoteCode.NoQuestions);
            yield break;
        }

        var lower = text.ToLowerInvariant();
        foreach (var topic in _ask.Avoid)
        {
            var keyword = topic.Keywords.En.Concat(topic.Keywords.Ko).FirstOrDefault(k => PhraseMatcher.Occurs(lower, k));
            if (keyword is not null)
            {
                yield return Note(TurnNoteCode.AvoidTopic, topic.Name[_language], topic.Reason[_language]);
            }
        }

        var features = TextFeatures.Of(text);
        var covered = _turns
            .Where(t => _plan.Format == LoopFormat.Panel || t.Prompt.Interviewer == interviewer)
            .FirstOrDefault(t => TextFeatures.Cosine(features, TextFeatures.Of(t.Prompt.Text + " " + t.Answer)) >= CoveredThreshold);
        if (covered is not null)
        {
            yield return new TurnNote(TurnNoteCode.AlreadyCovered, Text(TurnNoteCode.AlreadyCovered.MessageKey(), covered.Seq), covered.Seq);
        }
    }

    private string CompetencyName(string id) => _frameworks.FindCompetency(id)?.Name[_language] ?? id;

    private string RoleName(string role, Language language) =>
        _messages.Contains("loop.role." + role) ? _messages.Get(language, "loop.role." + role) : role;

    /// <summary>A line interviewer <paramref name="interviewer"/> says, in the language they speak.</summary>
    private string Say(int interviewer, string key, params object?[] args) => _messages.Get(_plan.LanguageOf(interviewer), key, args);

    /// <summary>
    /// How interviewer <paramref name="index"/> opens: their name and role (the company's name when known), and
    /// for an interviewer who speaks another language than the loop's, that this part is in that language.
    /// </summary>
    private string Greeting(int index, int minutes)
    {
        var seat = _plan.Interviewers[index];
        var language = _plan.LanguageOf(index);
        var company = _plan.Company is { Length: > 0 } c ? c : null;
        if (_plan.Format == LoopFormat.Panel)
        {
            var members = string.Join(", ", _plan.Interviewers.Select(i => Say(index, "loop.panel-member", i.Name, RoleName(i.Role, language))));
            return company is null ? Say(index, "loop.panel-greeting", members, minutes) : Say(index, "loop.panel-greeting-company", members, minutes, company);
        }

        var greeting = company is null
            ? Say(index, "loop.greeting", seat.Name, RoleName(seat.Role, language), minutes)
            : Say(index, "loop.greeting-company", seat.Name, RoleName(seat.Role, language), minutes, company);
        return language == _language ? greeting : greeting + " " + Say(index, "loop.in-other-language");
    }

    /// <summary>In a panel, the member who speaks another language says so when they first take the word.</summary>
    private string? PanelTurnIntro()
    {
        var language = _plan.LanguageOf(_interviewer);
        return _plan.Format == LoopFormat.Panel && _competency == 0 && language != _language && _turns.All(t => t.Prompt.Interviewer != _interviewer || t.Prompt.Kind == TurnKind.Opening)
            ? Say(_interviewer, "loop.panel-other-language", _plan.Interviewers[_interviewer].Name)
            : null;
    }

    /// <summary>A bank question with "this company" / "저희 회사" put as the company's name, when the loop knows it.</summary>
    private string InCompanyWords(string question, Language language) =>
        _plan.Company is not { Length: > 0 } company ? question
            : language == Language.En
                ? EnglishCompany().Replace(question, company)
                : KoreanCompany().Replace(question, m => m.Groups[1].Value switch
                {
                    "를" => Josa.Attach(company, "을/를"),
                    "가" => Josa.Attach(company, "이/가"),
                    "는" => Josa.Attach(company, "은/는"),
                    "와" => Josa.Attach(company, "과/와"),
                    "로" => Josa.Attach(company, "으로/로"),
                    var other => company + other,
                });

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:this|our) company\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EnglishCompany();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![가-힣])(?:저희|우리|이)\s?회사(를|가|는|와|로|에서|에|의|도|만)?")]
    private static partial System.Text.RegularExpressions.Regex KoreanCompany();

    private TurnNote Note(TurnNoteCode code, params object?[] args) => new(code, Text(code.MessageKey(), args));

    private string Text(string key, params object?[] args) => _messages.Get(_language, key, args);
}
