/**
 * One structured log line per event, as the skill, its state layer and the audio pipeline
 * write them (CloudWatch reads one JSON object a line). Callers never log what a person said.
 */
export type Log = (event: string, details?: Record<string, unknown>) => void;

/** A log writing `{ component, event, ...details }` as one JSON line (console.warn by default). */
export function jsonLog(component: string, write: (line: string) => void = (line) => console.warn(line)): Log {
  return (event, details) => write(JSON.stringify({ component, event, ...details }));
}
