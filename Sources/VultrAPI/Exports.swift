/// The values the client shares with users documents and the sandbox (subnets, timestamps),
/// seen by every user of the client.
@_exported import VultrValues
