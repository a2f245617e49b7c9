import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A response as the load client needs it: the status and the body's bytes.
struct HTTPAnswer: Sendable {
    var status: Int
    var body: [UInt8]

    /// The body as a JSON object, or `[:]`.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }
}

/// Why an exchange failed.
struct LoadClientError: Error, CustomStringConvertible {
    var description: String
}

/// One keep-alive HTTP/1.1 connection to the server, used by one session: a request, then its response, then the
/// next (SwiftNIO's HTTP/1 codec over a `NIOAsyncChannel`).
struct HTTPExchange {
    private var inbound: NIOAsyncChannelInboundStream<HTTPClientResponsePart>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<HTTPClientRequestPart>
    private let host: String
    /// `Authorization: Bearer …` once signed in.
    var token: String?

    /// Connects to `host:port` and runs `body` with the connection, closing it afterwards.
    static func with<T: Sendable>(
        host: String, port: Int, group: any EventLoopGroup, _ body: (inout HTTPExchange) async throws -> T
    ) async throws -> T {
        let channel = try await ClientBootstrap(group: group)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(
                        wrappingChannelSynchronously: channel)
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            var exchange = HTTPExchange(inbound: inbound.makeAsyncIterator(), outbound: outbound, host: host)
            return try await body(&exchange)
        }
    }

    private init(
        inbound: NIOAsyncChannelInboundStream<HTTPClientResponsePart>.AsyncIterator,
        outbound: NIOAsyncChannelOutboundWriter<HTTPClientRequestPart>, host: String
    ) {
        self.inbound = inbound
        self.outbound = outbound
        self.host = host
    }

    /// Sends one request (a JSON body when given) and reads its whole response.
    mutating func send(_ method: HTTPMethod, _ uri: String, json: [String: Any]? = nil) async throws -> HTTPAnswer {
        var head = HTTPRequestHead(version: .http1_1, method: method, uri: uri)
        head.headers.add(name: "Host", value: host)
        head.headers.add(name: "Accept", value: "application/json")
        if let token { head.headers.add(name: "Authorization", value: "Bearer \(token)") }
        var body: ByteBuffer?
        if let json {
            let data = try JSONSerialization.data(withJSONObject: json)
            body = ByteBuffer(bytes: data)
            head.headers.add(name: "Content-Type", value: "application/json")
            head.headers.add(name: "Content-Length", value: "\(data.count)")
        } else if method == .POST || method == .DELETE {
            head.headers.add(name: "Content-Length", value: "0")
        }
        try await outbound.write(.head(head))
        if let body { try await outbound.write(.body(.byteBuffer(body))) }
        try await outbound.write(.end(nil))
        var status = 0
        var bytes: [UInt8] = []
        while let part = try await inbound.next() {
            switch part {
            case .head(let response): status = Int(response.status.code)
            case .body(var buffer): bytes += buffer.readBytes(length: buffer.readableBytes) ?? []
            case .end: return HTTPAnswer(status: status, body: bytes)
            }
        }
        throw LoadClientError(description: "the server closed the connection during \(method) \(uri)")
    }
}
