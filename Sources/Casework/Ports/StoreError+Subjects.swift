extension StoreError {
    /// The error for a subject ID that is not registered, for commands that need the subject to exist.
    ///
    /// ```
    /// error: no subject is registered as #99
    ///   help: find the subject's number with `thanhtra subject list --search <name>`
    /// ```
    public static func subjectNotFound(_ id: Subject.ID) -> StoreError {
        StoreError(
            .notFound, "no subject is registered as #\(id)",
            hint: "find the subject's number with `thanhtra subject list --search <name>`")
    }
}
