export type IconKind = 'any' | 'maskable' | 'apple';
export interface AppIcon {
  file: string;
  size: number;
  kind: IconKind;
}
export declare const APP_ICONS: readonly AppIcon[];
export declare const FULL_BLEED_SCALE: Record<Exclude<IconKind, 'any'>, number>;
export declare function iconSvg(favicon: string, kind: IconKind): string;
