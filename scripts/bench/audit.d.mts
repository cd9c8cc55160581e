export type AuditResult =
  | { available: true; counts: Record<string, number>; dependencies: unknown }
  | { available: false; reason: string };
export declare function audit(cwd: string): AuditResult;
export declare function readAudit(result: {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}): AuditResult;
