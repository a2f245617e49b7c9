import Foundation
public import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import HTTPTypes
import NIOCore
import Inspectorate
public import Logging

/// Builds the Hummingbird application of `thanhtra serve`: the middleware (security headers, errors as pages,
/// session, access log, CSRF) and the routes, over `services`.
///
/// ```swift
/// let app = makeServerApplication(services: services, logger: logger)
/// try await app.runService()          // until SIGINT or SIGTERM, then finishes the requests in flight
/// services.pool.shutdown()
/// ```
public func makeServerApplication(
    services: ServerServices, logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = Router(context: AppRequestContext.self)
    // Outermost first: every response gets the headers, every failure a page; the access log sits inside the
    // session so that it names the account.
    router.add(middleware: SecurityHeadersMiddleware(overTLS: services.configuration.tls != nil))
    router.add(middleware: ErrorPageMiddleware(logger: logger))
    router.add(middleware: WorkerLaneMiddleware())
    router.add(middleware: SessionMiddleware(services: services))
    router.add(middleware: AccessLogMiddleware(logger: logger))
    router.add(middleware: CSRFMiddleware(services: services))
    Routes(services: services).register(on: router)
    return Application(
        router: router, server: httpServer(services.configuration.tls),
        configuration: .init(
            address: .hostname(services.configuration.host, port: services.configuration.port),
            serverName: "thanhtra"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
        logger: logger)
}

/// HTTP/1.1, inside TLS when the server has a certificate (``ServerTLS``, checked when it was read).
private func httpServer(_ tls: ServerTLS?) -> HTTPServerBuilder {
    guard let tls else { return .http1() }
    do {
        return try .tls(.http1(), tlsConfiguration: tls.configuration)
    } catch {
        // `.tls` throws only when it builds a connection's channel; should it ever throw here, the server stops at
        // its start with the error rather than answer without TLS.
        return HTTPServerBuilder { _ in throw error }
    }
}

/// Runs the server until SIGINT or SIGTERM: requests in flight finish, then the worker threads stop.
///
/// - Throws: what Hummingbird throws (the address is in use, say).
public func runServer(
    services: ServerServices, logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws {
    let app = makeServerApplication(services: services, logger: logger, onServerRunning: onServerRunning)
    do {
        try await app.runService()  // SIGTERM and SIGINT stop it gracefully (the default signals)
    } catch {
        await stopWorkers(services.pool)
        throw error
    }
    await stopWorkers(services.pool)
}

/// Stops the worker threads without blocking a thread of the cooperative pool while they finish.
private func stopWorkers(_ pool: WorkerPool) async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        Thread.detachNewThread {
            pool.shutdown()
            continuation.resume()
        }
    }  // SIGTERM and SIGINT stop it gracefully (the default signals)
}

/// A failure inside a handler becomes a page in the reader's language: 503 when the worker queue is full, 500 (and a
/// log line with the error) for anything else. Nothing about the error reaches the page.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError where request.uri.path.hasPrefix(APIRoutes.prefix + "/") {
            // The same refusals of the router under the JSON API, in its JSON body.
            let language = APIRoutes.language(request, context)
            return error.status == .notFound
                ? APIProblem.notFound(language, what: request.uri.path).response
                : APIProblem(status: error.status, code: "request.refused", message: "\(error.status)").response
        } catch let error as any HTTPResponseError {
            // The router's own refusals (no such route: 404; a body too large: 413) as pages with their status.
            let notFound = error.status == .notFound
            return page(error.status, notFound ? "notFound" : "error", notFound ? "notFound" : "errorText", context)
        } catch WorkerPoolError.busy {
            var response = page(.serviceUnavailable, "busy", "busy", context)
            response.headers[.retryAfter] = "1"
            return response
        } catch {
            logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            return page(.internalServerError, "error", "errorText", context)
        }
    }

    private func page(_ status: HTTPResponse.Status, _ title: String, _ text: String, _ context: Context) -> Response {
        Pages.render(
            "message",
            ["heading": Words.text(title, context.language), "text": Words.text(text, context.language)],
            title: Words.text(title, context.language), status: status, context: context)
    }
}
