/**
 * Long computations (the planner, what one more action is worth) are generators that pause between engine
 * evaluations, so the worker can answer newer requests in between; everything else runs them to the end here.
 */
export function runSteps<T>(steps: Iterator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
