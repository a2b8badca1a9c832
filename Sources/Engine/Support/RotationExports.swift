// The seating planner (`Sources/Rotation`: SeatingPlanner, SeatingProblem, SeatingReport,
// DesignLibrary...) and SeededGenerator are their own module, compiled with optimisation even
// in debug builds (the search is 40x slower unoptimised); `import Engine` brings them along.
@_exported import Rotation
