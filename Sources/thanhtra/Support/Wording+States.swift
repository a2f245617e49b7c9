import Casework
import Server

extension Wording {
    /// A case's state: its code in English, the words of ``Server/RefusalWords`` (shared with the refusals and the
    /// web pages' sentences) in Vietnamese.
    func state(_ state: PenaltyCase.State) -> String { vietnamese ? RefusalWords.state(state) : state.rawValue }

    /// An inspection's state, as a case's.
    func state(_ state: Inspection.State) -> String { vietnamese ? RefusalWords.state(state) : state.rawValue }
}
