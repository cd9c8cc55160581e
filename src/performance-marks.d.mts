// Types for performance-marks.mjs, which holds the names (and their documentation).
export declare const CHART_READY_MARK: string;
export declare const LAYOUT_MEASURE: string;
export declare const FILE_CHOSEN_MARK: string;
export declare const ORG_READ_MARK: string;
export declare const FILTER_INPUT_MARK: string;
export declare const FILTER_MEASURE: string;
export declare const FILTER_COMMIT_MEASURE: string;
