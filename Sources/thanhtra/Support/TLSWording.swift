import Server

/// The CLI's words for a certificate or key `thanhtra serve --tls-cert --tls-key` cannot use (``ServerTLSError``),
/// in English and Vietnamese: what is wrong with which file, and how to check or convert it.
extension ErrorWording {
    /// What is wrong: (English, Vietnamese).
    static func tls(_ error: ServerTLSError) -> (String, String) {
        let path = error.path
        let prefix = ("cannot serve HTTPS: ", "không phục vụ HTTPS được: ")
        let said: (String, String)
        switch error.kind {
        case .certificateUnreadable, .keyUnreadable:
            let file =
                error.kind == .certificateUnreadable
                ? ("the certificate file \(path)", "tệp chứng thư số \(path)")
                : ("the key file \(path)", "tệp khóa \(path)")
            switch error.reason ?? .notReadable {
            case .missing: said = ("\(file.0) does not exist", "\(file.1) không tồn tại")
            case .folder: said = ("\(file.0) is a folder, not a file", "\(file.1) là thư mục, không phải tệp")
            case .notReadable:
                said = ("\(file.0) cannot be read by this user", "người dùng này không đọc được \(file.1)")
            }
        case .notACertificate:
            said = (
                "\(path) holds no certificate in PEM form (-----BEGIN CERTIFICATE-----)",
                "\(path) không chứa chứng thư số dạng PEM (-----BEGIN CERTIFICATE-----)"
            )
        case .notAKey:
            said = (
                "\(path) holds no private key in PEM form, or an encrypted one",
                "\(path) không chứa khóa riêng dạng PEM, hoặc khóa đã bị mã hóa bằng mật khẩu"
            )
        case .keyMismatch:
            said = (
                "the key in \(path) is not the private key of the certificate given with --tls-cert",
                "khóa trong \(path) không phải khóa riêng của chứng thư số cho bằng --tls-cert"
            )
        }
        return (prefix.0 + said.0, prefix.1 + said.1)
    }

    /// What to do: (English, Vietnamese).
    static func tlsHint(_ error: ServerTLSError) -> (String, String) {
        switch error.kind {
        case .certificateUnreadable, .keyUnreadable:
            return (
                "check the path and the file's permissions (ls -l \(error.path))",
                "kiểm tra đường dẫn và quyền của tệp (ls -l \(error.path))"
            )
        case .notACertificate:
            return (
                "convert it to PEM: openssl x509 -in FILE -out cert.pem -outform PEM",
                "chuyển sang dạng PEM: openssl x509 -in TỆP -out cert.pem -outform PEM"
            )
        case .notAKey:
            return (
                "give the key in PEM form without a passphrase: openssl pkey -in FILE -out key.pem",
                "cho khóa dạng PEM không có mật khẩu: openssl pkey -in TỆP -out key.pem"
            )
        case .keyMismatch:
            return (
                "give the key the certificate was made with: `openssl x509 -noout -pubkey -in CERT` and "
                    + "`openssl pkey -pubout -in KEY` print the same public key",
                "cho đúng khóa đã dùng để tạo chứng thư số: `openssl x509 -noout -pubkey -in CERT` và "
                    + "`openssl pkey -pubout -in KEY` phải in ra cùng một khóa công khai"
            )
        }
    }
}
