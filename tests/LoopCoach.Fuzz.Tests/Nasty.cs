using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace LoopCoach.Fuzz.Tests;

/// <summary>
/// Generators for the input a hostile or unlucky user sends: noncharacters, lone surrogates, control and escape
/// codes, floods of combining marks, right-to-left and invisible marks, huge lines, and nulls where JSON and YAML
/// have values, mixed with ordinary Korean and English so that the engines get past their first checks.
/// </summary>
internal static class Nasty
{
    /// <summary>Pieces of text, each one of the classes above or an ordinary one.</summary>
    private static readonly string[] Pieces =
    [
        // ordinary Korean and English, and the shapes the readers look for
        "I led the migration in 2023 and cut cost by 30%. ", "We shipped it. ", "제가 온보딩 체크리스트를 만들었습니다. ",
        "결과적으로 이탈률이 15%에서 9%로 줄었습니다. ", "인터뷰1.\n", "- 리더십 경험을 말해 보세요?\n", "Interview 2 (hiring manager)\n",
        "자격요건\n", "Requirements:\n", "- 3 years of C#\n", "지원 > 과제 > 면접 > 최종 합격\n", "Company: Acme\n", "전반적인 느낌: ",
        "$40k ", "3천만 원 ", "두 배 ", "1,200명 ", "Q3 2024 ", "3년 전 ", "um, like, ", "음, 그, 그러니까 ", "the team ", "저희 팀 ",
        // line ends and spaces
        "\n", "\r\n", "\r", "\t", "   ", "\n\n\n", "\u2028", "\u00A0",
        // noncharacters and lone surrogates
        "\uFFFE", "\uFFFF", "\uFDD0", "\uD800", "\uDC00", "\uDBFF", "\uD83F\uDFFE",
        // control and escape codes
        "\u001b[2J", "\u001b]0;title\u0007", "\u0007", "\u0000", "\u0008", "\u009b31m", "\u0085", "\u007f", "\u001b[31m",
        // combining marks, right-to-left and invisible marks, emoji, decomposed Hangul
        "a\u0301", "\u0301\u0301\u0301", "\u202E", "\u200F", "\u200B", "\uFEFF", "שלום ", "مرحبا ", "\U0001F600", "\u1112\u1161\u11AB",
        // Markdown, HTML and Spectre markup
        "<script>alert(1)</script>", "[red]x[/]", "# heading\n", "| a | b |\n", "[click](javascript:alert(1)) ", "{0} {1:이/가} ",
    ];

    /// <summary>One piece.</summary>
    public static readonly Gen<string> Piece = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]);

    /// <summary>A run of one piece repeated: a huge line, a flood of combining marks, thousands of short lines.</summary>
    public static readonly Gen<string> Flood =
        Gen.Select(Piece, Gen.Int[10, 4000], (piece, times) => new StringBuilder().Insert(0, piece, times).ToString());

    /// <summary>Text of up to a few thousand pieces, now and then with a flood in it.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency((6, Piece.Array[0, 60].Select(string.Concat)), (1, Gen.Select(Piece.Array[0, 10], Flood, (a, f) => string.Concat(a) + f)));

    /// <summary>A story export file with nasty values, nulls and wrong types put into it.</summary>
    public static readonly Gen<string> StoryExport = Gen.Select(Text, Gen.Int[0, 12], Gen.Int[0, 4], Gen.Bool, (text, field, damage, extra) =>
    {
        string[] fields = ["title", "situation", "task", "action", "result", "lesson", "role", "tags", "competencies", "metrics", "when", "uid", "history"];
        var story = new JsonObject
        {
            ["id"] = 1, ["uid"] = "0b7f2a52-5f0e-4c55-9d2c-1c1b9d6c7a01", ["version"] = 1, ["title"] = "T", ["situation"] = "S", ["task"] = "",
            ["action"] = "I did it", ["result"] = "up 10%", ["lesson"] = "", ["metrics"] = new JsonArray(), ["when"] = null, ["role"] = "",
            ["tags"] = new JsonArray(), ["competencies"] = new JsonArray(), ["createdAt"] = "2026-11-01T00:00:00+00:00",
            ["updatedAt"] = "2026-11-01T00:00:00+00:00", ["deletedAt"] = null,
        };
        story[fields[field]] = damage switch
        {
            0 => null,
            1 => text,
            2 => new JsonArray(null, text),
            3 => 42,
            _ => new JsonObject { ["story"] = null },
        };
        var stories = extra ? new JsonArray(story, null) : new JsonArray(story);
        return new JsonObject { ["format"] = "loopcoach.stories", ["formatVersion"] = 1, ["stories"] = stories }.ToJsonString();
    });

    /// <summary>A framework file with nasty values and nulls in its fields.</summary>
    public static readonly Gen<string> Framework = Gen.Select(Text, Gen.Int[0, 6], (text, hole) =>
    {
        var value = hole % 2 == 0 ? "null" : Quoted(text);
        string[] lines =
        [
            "id: " + (hole == 0 ? value : "my-company"),
            "name: { en: " + (hole == 1 ? value : "Mine") + ", ko: 우리 }",
            "description: { en: One., ko: 하나. }",
            "competencies:",
            hole == 2 ? "  - null\n  - id: x-y" : "  - id: x-y",
            "    name: { en: X, ko: 엑스 }",
            "    description: { en: " + (hole == 3 ? value : "D.") + ", ko: 설명. }",
            "    evidence: { en: [" + (hole == 4 ? value : "a") + ", b], ko: [가, 나] }",
            "    redFlags: { en: [a, b], ko: [가, 나] }",
            "    related: [ ownership, " + (hole == 5 ? "null" : value) + " ]",
        ];
        return string.Join("\n", lines);
    });

    /// <summary>A loop template with nasty values and nulls in its fields.</summary>
    public static readonly Gen<string> Template = Gen.Select(Text, Gen.Int[0, 5], (text, hole) =>
    {
        var value = hole % 2 == 0 ? "null" : Quoted(text);
        string[] lines =
        [
            "id: mine",
            "name: { en: " + (hole == 0 ? value : "Mine") + ", ko: 내 것 }",
            "description: { en: D., ko: 설명. }",
            "framework: amazon-lp",
            "format: " + (hole == 1 ? value : "loop"),
            "competencies: 2",
            "interviewers:",
            hole == 2 ? "  - null\n  - role: recruiter" : "  - role: recruiter",
            "    name: { en: " + (hole == 3 ? value : "Taylor") + ", ko: 오하늘 }",
            "    style: { en: S., ko: 스타일. }",
            "    minutes: 30",
            "    competencies: [" + (hole == 4 ? "null" : "2") + ", 3]",
            "    depth: 1",
        ];
        return string.Join("\n", lines);
    });

    /// <summary>Text as a YAML double-quoted scalar.</summary>
    private static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
