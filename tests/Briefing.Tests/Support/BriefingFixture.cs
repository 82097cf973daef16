namespace Briefing.Tests.Support;

/// <summary>A small briefing: three sources, two companies, a matrix, capex figures; pages are added by each test.</summary>
public static class BriefingFixture
{
    /// <summary>The same briefing with a third company, Contoso, for views that must work for any number; its matrix cells are the test's to write.</summary>
    public static TestSite CreateWithThreeCompanies() => Create()
        .Write("input/data/companies.yml", TwoCompanies + """
            - id: contoso
              name: Contoso
              role: The newcomer
              summary: Sells spreadsheets with agents in them.
              sources: [gamma]
            """);

    private const string TwoCompanies = """
            - id: meta
              name: Meta
              role: The distributor
              summary: Gives models away.
              sources: [alpha]
            - id: amazon
              name: Amazon
              role: The landlord
              summary: Rents the infrastructure.
              sources: [beta]
            """ + "\n";

    public static TestSite Create() => new TestSite()
        .Write("input/data/sources.yml", """
            - id: alpha
              title: "Alpha report"
              publisher: Alpha Press
              published: "March 2026"
              description: The first source.
            - id: beta
              title: "Beta review"
              description: The second source.
            - id: gamma
              title: "Gamma notes"
              url: https://gamma.example/notes
              description: The third source.
            """)
        .Write("input/data/companies.yml", TwoCompanies)
        .Write("input/data/matrix.yml", """
            dimensions:
              - id: models
                name: Models
                meta: { text: "Open weights", sources: [alpha] }
                amazon: { text: "Managed marketplace", sources: [beta, gamma] }
            best_for:
              - use_case: Startups
                winner: meta
                why: Free models.
                sources: [alpha]
            """)
        .Write("input/data/capex.yml", """
            - company: meta
              year: 2025
              low: 60
              high: 65
              status: estimate
              label: "$60–65B"
              sources: [alpha]
            - company: meta
              year: 2025
              low: 60
              high: 60
              status: estimate
              label: "~$60B"
              sources: [beta]
            - company: amazon
              year: 2026
              low: 125
              high: 125
              status: projection
              label: "$125B"
              sources: [gamma]
            """);
}
