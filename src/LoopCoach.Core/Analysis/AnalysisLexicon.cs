using LoopCoach.Core.Localization;

namespace LoopCoach.Core.Analysis;

/// <summary>The word lists the analysis matches in answers (<c>content/lexicons/*.yaml</c>), in both languages.</summary>
/// <param name="Fillers">Spoken fillers, matched as whole words.</param>
/// <param name="Hedges">Phrases that weaken a claim.</param>
/// <param name="FirstPersonSingular">"I" forms.</param>
/// <param name="FirstPersonPlural">"We" forms.</param>
/// <param name="StarCues">Cue words for each STAR part.</param>
/// <param name="VagueResults">Result phrases with no measure.</param>
/// <param name="Signals">Keywords that signal each competency, by competency id.</param>
public sealed record AnalysisLexicon(
    LocalizedList Fillers,
    LocalizedList Hedges,
    LocalizedList FirstPersonSingular,
    LocalizedList FirstPersonPlural,
    IReadOnlyDictionary<StarPart, LocalizedList> StarCues,
    LocalizedList VagueResults,
    IReadOnlyDictionary<string, LocalizedList> Signals);
