/** The process groups noted in the run folder that are still alive, killed; returns their descriptions. */
export function killLeftovers(runDir: string): string[]
export default function globalTeardown(): void
