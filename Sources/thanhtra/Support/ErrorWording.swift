/// The CLI's words for the structured errors of the layers below it (Casework, Import, Store): each error is a value
/// (kind, ids, field, legal problem codes) and only here becomes sentences naming this executable's flags and
/// commands. A wording that can be given in more than one language takes the language (Reports' `Language`,
/// `.en` the text the CLI has always printed, `.vi` for the web pages to come).
enum ErrorWording {}
