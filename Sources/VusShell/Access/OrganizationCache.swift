import Foundation
import LineEditing
import VultrAPI

#if canImport(Glibc)
import Glibc
#endif

/// The last read of an organization, kept between runs under `$XDG_CACHE_HOME/vus` (else
/// `~/.cache/vus`) in a file named for the account and the API it came from, mode 0600, never
/// written through a planted link. A change made through vus removes it.
enum OrganizationCache {
    static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty { return cache + "/vus" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.cache/vus"
    }

    /// `organization-owner@example.com-127.0.0.1-8730.json`: one file per account and API.
    static func path(ownerEmail: String, client: VultrClient) -> String? {
        guard let directory = directory() else { return nil }
        return directory + "/organization-" + safe(ownerEmail) + "-" + place(client) + ".json"
    }

    private static func place(_ client: VultrClient) -> String {
        let url = client.configuration.baseURL
        return safe(url.host ?? "api") + (url.port.map { "-\($0)" } ?? "")
    }

    private static func safe(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || "@._-".contains($0) ? $0 : "_" })
    }

    /// The snapshot saved at `path`, or `nil` when there is none or it cannot be read.
    static func load(_ path: String) -> OrganizationSnapshot? {
        guard let descriptor = try? PrivateFiles.openFile(path, O_RDONLY) else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let data = try? handle.readToEnd() else { return nil }
        return try? JSONDecoder().decode(OrganizationSnapshot.self, from: data)
    }

    /// Saves `snapshot`; a cache that cannot be written is said in a note, not an error.
    static func save(_ snapshot: OrganizationSnapshot, to path: String) -> String? {
        do {
            try PrivateFiles.prepareDirectory((path as NSString).deletingLastPathComponent)
            let data = try JSONEncoder().encode(snapshot)
            let descriptor = try PrivateFiles.openFile(path, O_WRONLY | O_CREAT | O_TRUNC, mode: 0o600)
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: data)
            return nil
        } catch {
            return "the organization was not cached: \(error)"
        }
    }

    /// Removes every cached organization read from `client`'s API: a change vus made may have
    /// made them stale.
    static func forget(client: VultrClient) {
        guard let directory = directory(),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let suffix = "-" + place(client) + ".json"
        for name in names where name.hasPrefix("organization-") && name.hasSuffix(suffix) {
            unlink(directory + "/" + name)
        }
    }
}
