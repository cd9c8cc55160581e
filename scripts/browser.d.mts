export declare const SYSTEM_CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(): { path: string; own: boolean } | null;
