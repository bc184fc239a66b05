import ArgumentParser
import ZonebaseAnalysis
import ZonebaseModel

// The closed sets of the model as option values: ArgumentParser reads them by their raw values,
// refuses any other with the list of those it takes, and lists them in `--help`.
extension ZoneLevel: ExpressibleByArgument {}
extension ZoneType: ExpressibleByArgument {}
extension Metric: ExpressibleByArgument {}
extension FigureStatus: ExpressibleByArgument {}
extension TargetAssessment.Status: ExpressibleByArgument {}
extension IndustryCategory: ExpressibleByArgument {}
