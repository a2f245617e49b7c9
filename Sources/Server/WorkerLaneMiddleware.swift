import Hummingbird
import HTTPTypes

/// Puts the jobs of a request that may change something in the pool's write lane (``WorkerPool/Lane/write``): every
/// method but GET, HEAD and OPTIONS, its session's look-up included, so that its jobs keep their order on the write
/// threads. A pool without write threads runs them with the reads, as before.
struct WorkerLaneMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    static let readMethods: Set<HTTPRequest.Method> = [.get, .head, .options]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard !Self.readMethods.contains(request.method) else { return try await next(request, context) }
        return try await WorkerPool.$lane.withValue(.write) { try await next(request, context) }
    }
}
