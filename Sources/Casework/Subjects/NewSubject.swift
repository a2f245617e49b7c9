/// A subject that is not registered yet: what a user enters for `thanhtra subject add`.
///
/// Call ``validated()`` before storing it; ``CaseStore/addSubject(_:context:)`` does so itself.
public struct NewSubject: Sendable, Codable, Equatable {
    /// Organization, person, household business, family household or residential community.
    public var kind: Subject.Kind
    /// Tax code for organizations, citizen ID number for persons, either for a household business; the
    /// representative's 12-digit ID number, or empty, for a family household or a residential community.
    public var identifier: String
    /// Registered name.
    public var name: String
    /// Address as one line of text; may be empty.
    public var address: String

    /// Creates an unvalidated new subject.
    public init(kind: Subject.Kind, identifier: String, name: String, address: String = "") {
        self.kind = kind
        self.identifier = identifier
        self.name = name
        self.address = address
    }

    /// The same subject with surrounding whitespace trimmed, after checking each field.
    ///
    /// - A name is required.
    /// - An organization's tax code is 10 digits, or 10 digits, a hyphen and 3 digits for a branch
    ///   (`0101234567`, `0101234567-001`).
    /// - A person's citizen ID number is 12 digits, or 9 digits for an old identity card (CMND).
    /// - A household business's identifier is a tax code as above or its owner's 12-digit personal ID number.
    /// - A family household or a residential community has no number in law (``Subject/Kind/family``): its
    ///   identifier is its representative's 12-digit personal ID number or empty, and its address is required, since
    ///   with the name it is what identifies it.
    /// - The name (at most 500 characters) and the address (2 000) pass ``TextInput``: one line, no control
    ///   characters.
    ///
    /// - Throws: ``InputError`` naming the field (`identifier`, `name`) and what is expected.
    public func validated() throws(InputError) -> NewSubject {
        let (subject, problems) = checked()
        if let first = problems.first { throw first }
        return subject
    }

    /// The same subject with surrounding whitespace trimmed, and every problem of its fields in field order
    /// (identifier, name, address), each as ``validated()`` would throw it: an import reports a row's problems
    /// all at once.
    public func checked() -> (subject: NewSubject, problems: [InputError]) {
        var subject = self
        subject.identifier = identifier.trimmedOfWhitespace
        subject.name = name.trimmedOfWhitespace
        subject.address = address.trimmedOfWhitespace
        var problems: [InputError] = []
        let label = kind.identifierLabel
        if subject.identifier.isEmpty && kind.identifierIsOptional {
            // No representative's ID recorded: the name and the address identify it (checked below).
        } else if subject.identifier.isEmpty {
            problems.append(
                InputError(
                    field: "identifier", message: "a \(label) is required",
                    hint: Self.missingIdentifierHint(kind), vietnamese: "thiếu \(kind.vietnameseIdentifierLabel) (bắt buộc)"))
        } else {
            switch kind {
            case .organization where !Self.isTaxCode(subject.identifier):
                problems.append(
                    InputError(
                        field: "identifier",
                        message: "tax code must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch; "
                            + "got \"\(subject.identifier)\"",
                        hint: "copy the tax code from the business registration certificate, "
                            + "e.g. 0101234567 or 0101234567-001",
                        vietnamese: "mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số cho chi nhánh; "
                            + "nhận được \"\(subject.identifier)\"",
                        vietnameseHint: "chép mã số thuế từ giấy chứng nhận đăng ký doanh nghiệp, ví dụ 0101234567 hoặc "
                            + "0101234567-001"))
            case .person where !Self.isCitizenID(subject.identifier):
                problems.append(
                    InputError(
                        field: "identifier",
                        message: "citizen ID number must be 12 digits (or 9 for an old CMND); "
                            + "got \"\(subject.identifier)\"",
                        hint: "copy the number from the citizen ID card, e.g. 001085012345",
                        vietnamese: "số định danh cá nhân gồm 12 chữ số (hoặc 9 với CMND cũ); nhận được \"\(subject.identifier)\"",
                        vietnameseHint: "chép số trên thẻ căn cước, ví dụ 001085012345"))
            case .household
            where !Self.isTaxCode(subject.identifier) && !subject.identifier.isDigits(count: 12):
                problems.append(
                    InputError(
                        field: "identifier",
                        message: "a household business is identified by its tax code (10 digits, or 10 digits, a "
                            + "hyphen and 3 digits) or its owner's 12-digit personal ID number; "
                            + "got \"\(subject.identifier)\"",
                        hint: "copy the tax code from the household business registration certificate, "
                            + "e.g. 8012345678, or the owner's citizen ID number, e.g. 001085012345",
                        vietnamese: "hộ kinh doanh được xác định bằng mã số thuế (10 chữ số, hoặc 10 chữ số, dấu gạch "
                            + "ngang và 3 chữ số) hoặc số định danh 12 chữ số của chủ hộ; nhận được \"\(subject.identifier)\"",
                        vietnameseHint: "chép mã số thuế từ giấy chứng nhận đăng ký hộ kinh doanh, ví dụ 8012345678, "
                            + "hoặc số căn cước của chủ hộ, ví dụ 001085012345"))
            case .family where !subject.identifier.isDigits(count: 12),
                .community where !subject.identifier.isDigits(count: 12):
                problems.append(
                    InputError(
                        field: "identifier",
                        message: "\(kind.withArticle) has no number of its own; its identifier is its representative's "
                            + "12-digit personal ID number, or nothing; got \"\(subject.identifier)\"",
                        hint: "copy the number from the representative's citizen ID card, e.g. 001085012345, or leave it "
                            + "out and give the name and address",
                        vietnamese: "\(kind.vietnameseName) không có mã số riêng; chỉ ghi số định danh 12 chữ số của "
                            + "người đại diện, hoặc để trống; nhận được \"\(subject.identifier)\"",
                        vietnameseHint: "chép số trên thẻ căn cước của người đại diện, ví dụ 001085012345, hoặc để trống "
                            + "và ghi tên, địa chỉ"))
            default: break
            }
        }
        if subject.name.isEmpty {
            problems.append(
                InputError(
                    field: "name", message: "a name is required",
                    hint: "give the name as written on the registration or ID card", vietnamese: "thiếu tên (bắt buộc)",
                    vietnameseHint: "ghi tên như trên giấy đăng ký hoặc thẻ căn cước"))
        }
        do { try TextInput.validate(subject.name, field: "name", kind: .name) } catch { problems.append(error) }
        if kind.identifierIsOptional && subject.address.isEmpty {
            problems.append(
                InputError(
                    field: "address", message: "an address is required for \(kind.withArticle): with the name it is what "
                        + "identifies it",
                    hint: "give the village, hamlet or residential group, commune and province",
                    vietnamese: "thiếu địa chỉ của \(kind.vietnameseName) (bắt buộc): cùng với tên, địa chỉ xác định đối tượng",
                    vietnameseHint: "ghi thôn, làng, ấp, bản hoặc tổ dân phố, xã/phường và tỉnh/thành phố"))
        }
        do { try TextInput.validate(subject.address, field: "address", kind: .line) } catch { problems.append(error) }
        return (subject, problems)
    }

    /// What to give when the identifier is missing.
    static func missingIdentifierHint(_ kind: Subject.Kind) -> String {
        switch kind {
        case .organization: "give the tax code from the business registration certificate, e.g. 0101234567"
        case .person: "give the 12-digit number on the citizen ID card"
        case .household:
            "give the household business's tax code, e.g. 8012345678, or its owner's 12-digit personal ID number"
        case .family, .community: "give the representative's 12-digit personal ID number, or leave it out"
        }
    }

    /// `0101234567` or `0101234567-001`.
    public static func isTaxCode(_ text: String) -> Bool {
        let bytes = text.utf8
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        switch bytes.count {
        case 10: return bytes.allSatisfy(isDigit)
        case 14:
            return bytes.enumerated().allSatisfy { offset, byte in offset == 10 ? byte == 0x2D : isDigit(byte) }
        default: return false
        }
    }

    /// 12 digits (CCCD), or 9 digits (old CMND).
    public static func isCitizenID(_ text: String) -> Bool {
        text.isDigits(count: 12) || text.isDigits(count: 9)
    }
}

extension StringProtocol {
    /// Whether the text is exactly `count` ASCII digits.
    func isDigits(count: Int) -> Bool {
        utf8.count == count && utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// The text without leading and trailing whitespace and newlines (no Foundation needed).
    ///
    /// Most cells need no trimming: when the first and the last byte are ASCII and not whitespace, the text is
    /// returned as it is without looking at its characters (a character that ends in such a byte is not whitespace:
    /// a cluster is whitespace by its first scalar, and what may come before an ASCII scalar in one cluster, a
    /// prepended mark, is not whitespace). Otherwise the characters are looked at from both ends.
    public var trimmedOfWhitespace: String {
        let characters = Substring(self)
        let bytes = characters.utf8
        guard let head = bytes.first, let tail = bytes.last else { return "" }
        if head < 0x80, tail < 0x80, !Self.isASCIIWhitespace(head), !Self.isASCIIWhitespace(tail) {
            return String(characters)
        }
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(characters[first...last])
    }

    /// TAB, LF, VT, FF, CR and space: the ASCII bytes whose character is whitespace.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
