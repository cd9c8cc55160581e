export declare const CSP_DIRECTIVES: Record<string, string[]>;
export declare function cspHeader(): string;
export declare function cspMeta(): string;
