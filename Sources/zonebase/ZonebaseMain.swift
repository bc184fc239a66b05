import ZonebaseCLI

/// The `zonebase` executable: everything lives in ``ZonebaseCommand``.
@main
enum ZonebaseMain {
    static func main() async {
        await ZonebaseCommand.runAsMain()
    }
}
