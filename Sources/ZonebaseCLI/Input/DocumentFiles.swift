import ArgumentParser
import Foundation

/// Expands the paths a user gives into the document files to read: files as given, folders
/// searched recursively for text and HTML files, in a stable (sorted) order.
struct DocumentFiles {
    /// File name extensions read from folders.
    static let extensions: Set<String> = ["txt", "text", "html", "htm", "md", "xhtml"]

    /// The largest file read; larger ones are refused rather than exhausting memory.
    static let maximumBytes = 256 * 1024 * 1024

    /// The files under `paths`.
    /// - Throws: ``CLIError`` naming the first path that does not exist.
    static func expand(_ paths: [String]) throws -> [URL] {
        var files: [URL] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("no such file or folder: \(path); check the path")
            }
            let url = URL(fileURLWithPath: path)
            if !isDirectory.boolValue {
                files.append(url)
                continue
            }
            let root = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard let walker = manager.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            var found: [URL] = []
            for case let file as URL in walker where extensions.contains(file.pathExtension.lowercased()) {
                // Symbolic links that lead out of the folder are not followed.
                let resolved = file.resolvingSymlinksInPath().path
                guard resolved.hasPrefix(root + "/") else { continue }
                found.append(file)
            }
            // Each path read once, not at every comparison (URL.path builds a string each time).
            files += found.map { (path: $0.path, url: $0) }.sorted { $0.path < $1.path }.map(\.url)
        }
        return files
    }

    /// ``expand(_:)`` for command arguments: a missing path is a usage error (exit status 2).
    static func expandArguments(_ paths: [String]) throws -> [URL] {
        do {
            return try expand(paths)
        } catch let error as CLIError {
            throw ValidationError(error.description)
        }
    }

    /// Whether `path` is a folder.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The document id of a file: its name without the extension.
    static func documentID(of url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
    }
}

/// An error the command line reports to the user, one line, and exits with.
struct CLIError: Error, CustomStringConvertible {
    /// What went wrong, where, and what to do.
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
