extension StoreError {
    /// The error for a subject ID that is not registered, for commands that need the subject to exist.
    ///
    /// ```
    /// error: no subject is registered as #99
    /// ```
    ///
    /// A face adds where to find the subject's number (the CLI: `thanhtra subject list --search <name>`).
    public static func subjectNotFound(_ id: Subject.ID) -> StoreError {
        StoreError(.notFound, "no subject is registered as #\(id)", refusal: .subjectNotFound(id))
    }

    /// A subject that an import's batch refers to was found by the check but not when writing.
    public static func subjectNotFound(reference: SubjectReference) -> StoreError {
        StoreError(.notFound, "\(reference) is not registered", refusal: .subjectNotRegistered(reference))
    }
}
