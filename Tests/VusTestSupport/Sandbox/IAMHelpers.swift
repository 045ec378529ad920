import Foundation
import VultrSandbox

/// Reading the IAM seed through the API, for the route tests.
extension SandboxHTTP {
    /// The id of the item in `list` (a key of the answer) whose `field` is `value`.
    public func id(in path: String, list: String, field: String = "name", is value: String) async throws -> String {
        let items = try await get(path + "?per_page=500").json[list] as? [[String: Any]] ?? []
        guard let id = items.first(where: { $0[field] as? String == value })?["id"] as? String else {
            throw SandboxTestError("no \(value) in \(path)")
        }
        return id
    }

    public func groupID(_ name: String) async throws -> String { try await id(in: "/v2/groups", list: "groups", field: "display_name", is: name) }
    public func roleID(_ name: String) async throws -> String { try await id(in: "/v2/roles", list: "roles", is: name) }
    public func policyID(_ name: String) async throws -> String { try await id(in: "/v2/policies", list: "policies", is: name) }
    public func organizationID() async throws -> String {
        guard let id = (try await get("/v2/organizations").json["orgs"] as? [[String: Any]])?.first?["id"] as? String else {
            throw SandboxTestError("no organization")
        }
        return id
    }

    /// The ids under `key` of every page of a listing, walking `meta.links.next` at `perPage`.
    public func walk(_ path: String, key: String, perPage: Int, field: String = "id") async throws -> (ids: [String], pages: Int, total: Int) {
        var ids: [String] = [], cursor = "", pages = 0, total = 0
        repeat {
            let separator = path.contains("?") ? "&" : "?"
            let reply = try await get(path + "\(separator)per_page=\(perPage)" + (cursor.isEmpty ? "" : "&cursor=\(cursor)"))
            guard reply.status == 200 else { throw SandboxTestError("\(path) answered \(reply.status): \(reply.text)") }
            ids += (reply.json[key] as? [[String: Any]] ?? []).compactMap { $0[field] as? String }
            let meta = reply.json["meta"] as? [String: Any]
            total = meta?["total"] as? Int ?? -1
            cursor = (meta?["links"] as? [String: Any])?["next"] as? String ?? ""
            pages += 1
        } while !cursor.isEmpty && pages < 1000
        return (ids, pages, total)
    }
}
