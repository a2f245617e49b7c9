import Hummingbird
import Inspectorate

/// A confirmation page: what the change does, the confirm button (posting the same fields again) and a way back.
struct Confirmation {
    var heading: String
    /// Where the confirm button posts.
    var action: String
    /// What will change, label and value.
    var facts: [(String, String)]
    /// The fields posted again with the confirmation.
    var hidden: [String: String]
    /// Whether the password is asked again (never carried in the page).
    var passwordAgain = false
    var button: String
    var back: String
    /// A sentence under the facts (a warning, say).
    var note: String?
    /// Where "Sửa lại" posts the fields back with ``Routes/editField`` to show the form again with what was typed
    /// (the form's preview route); `nil`: a link to ``back``.
    var edit: String?
}

extension Routes {
    /// The field "Sửa lại" adds when it posts a confirmation's fields back to the preview route: the form again,
    /// with what was typed, instead of the preview.
    static let editField = "edit"

    /// The confirmation page of an administration form (status 200; nothing written yet).
    func confirmationPage(_ confirmation: Confirmation, _ context: AppRequestContext) -> Response {
        var data: [String: Any] = [
            "heading": confirmation.heading, "action": confirmation.action,
            "facts": confirmation.facts.map { ["label": $0.0, "value": $0.1] },
            "hidden": confirmation.hidden.sorted { $0.key < $1.key }.map { ["name": $0.key, "value": $0.value] },
            "passwordAgain": confirmation.passwordAgain, "button": confirmation.button, "back": confirmation.back,
            "minimum": "\(Accounts.minimumPasswordLength)",
        ]
        if let note = confirmation.note { data["note"] = note }
        if let edit = confirmation.edit { data["edit"] = edit }
        return Pages.render("confirm", data, title: confirmation.heading, context: context)
    }
}
