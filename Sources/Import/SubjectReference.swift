public import Casework

extension SubjectReference {
    /// How a column writes its references.
    public enum Form: Sendable {
        /// `#12`, or an identifier whose form says its kind: 10 digits (or 10-3) a tax code, 12 or 9 a citizen ID.
        case any
        /// A tax code.
        case taxCode
        /// A citizen ID (or old CMND) number.
        case citizenID
        /// A subject number, with or without `#`.
        case number
    }

    /// Reads one reference written in `form`.
    ///
    /// - Throws: A message saying what was expected, for the caller to attach to the column.
    public static func parse(_ text: String, form: Form) throws(ImportRowError) -> SubjectReference {
        let value = text.trimmedOfWhitespace
        func subjectNumber(_ digits: Substring) -> SubjectReference? {
            guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy(\.isASCIIDigitCharacter),
                let id = Int64(digits), id > 0
            else { return nil }
            return .number(Subject.ID(rawValue: id))
        }
        switch form {
        case .number:
            if let reference = subjectNumber(value.hasPrefix("#") ? value.dropFirst() : Substring(value)) {
                return reference
            }
            throw ImportRowError(
                column: "", message: "\"\(value)\" is not a subject number; write 12 or #12",
                vietnamese: "\"\(value)\" không phải là số đối tượng; viết 12 hoặc #12")
        case .taxCode:
            guard NewSubject.isTaxCode(value) else {
                throw ImportRowError(
                    column: "",
                    message:
                        "tax code must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch; got \"\(value)\"",
                    vietnamese: "mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số cho chi nhánh; "
                        + "nhận được \"\(value)\"")
            }
            return .identifier(.organization, value)
        case .citizenID:
            guard NewSubject.isCitizenID(value) else {
                throw ImportRowError(
                    column: "", message: "citizen ID number must be 12 digits (or 9 for an old CMND); got \"\(value)\"",
                    vietnamese: "số định danh cá nhân gồm 12 chữ số (hoặc 9 với CMND cũ); nhận được \"\(value)\"")
            }
            return .identifier(.person, value)
        case .any:
            if value.hasPrefix("#"), let reference = subjectNumber(value.dropFirst()) { return reference }
            if NewSubject.isTaxCode(value) { return .identifier(.organization, value) }
            if NewSubject.isCitizenID(value) { return .identifier(.person, value) }
            throw ImportRowError(
                column: "",
                message:
                    "\"\(value)\" is neither a subject number (#12), a tax code (10 digits) nor a citizen ID (12 digits)",
                vietnamese: "\"\(value)\" không phải là số đối tượng (#12), mã số thuế (10 chữ số) hay số định danh (12 chữ số)")
        }
    }
}

extension ImportRow {
    /// The subjects a row names, from whichever of `columns` it fills (exactly one of them), each cell holding one
    /// reference or several separated by `;`.
    ///
    /// - Throws: ``ImportRowError`` naming the column: none or two filled, a malformed reference, or several
    ///   references where `allowsSeveral` is false.
    public func subjectReferences(
        _ columns: [(field: Field, form: SubjectReference.Form)], allowsSeveral: Bool
    ) throws(ImportRowError) -> [SubjectReference] {
        let filled = columns.filter { text($0.field) != nil }
        guard let used = filled.first else {
            let present = columns.filter { self.columns.has($0.field) }
            throw missing((present.first ?? columns[0]).field, "the subject", vi: "đối tượng")
        }
        guard filled.count == 1 else {
            let (first, second) = (self.columns.name(of: filled[0].field), self.columns.name(of: filled[1].field))
            throw error(
                filled[1].field, "both \"\(first)\" and \"\(second)\" are filled in; give the subject once",
                vi: "cả \"\(first)\" và \"\(second)\" đều có giá trị; chỉ ghi đối tượng một lần")
        }
        let items = list(used.field)
        guard allowsSeveral || items.count == 1 else {
            throw error(
                used.field, "one subject is expected, got \(items.count)", vi: "chỉ ghi một đối tượng, nhận được \(items.count)")
        }
        var references: [SubjectReference] = []
        for item in items {
            let reference: SubjectReference
            do {
                reference = try SubjectReference.parse(item, form: used.form)
            } catch {
                throw self.error(used.field, error.message, vi: error.vietnamese)
            }
            guard !references.contains(reference) else {
                throw error(used.field, "\(reference) is named twice", vi: "\(reference.vietnamese) được ghi hai lần")
            }
            references.append(reference)
        }
        return references
    }
}
