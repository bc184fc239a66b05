import Hummingbird
import ZonebaseStorage

extension StoreError {
    /// The HTTP status of an error of the store: what the client asked for is missing (404) or
    /// contradicts itself (409); the database failing is the server's (503, 500).
    var httpStatus: HTTPResponse.Status {
        switch code {
        case .notFound: .notFound
        case .conflict: .conflict
        case .unavailable: .serviceUnavailable
        case .badLocation, .failed: .internalServerError
        }
    }

    /// Whether the message is about the client's request (and so is shown to it); otherwise it is
    /// about the server (a path, a driver's error) and stays in the log.
    var isAboutTheRequest: Bool { code == .notFound || code == .conflict }
}
