/// What a report spec may say besides a period of the pack's form.
public enum ReportSpec {
    /// Stands for "the reporting period that contains today" until the use case resolves it with the pack.
    public static let currentMonth = "current"
}
