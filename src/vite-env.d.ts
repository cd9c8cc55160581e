/// <reference types="vite/client" />

declare module 'virtual:default-organization-url' {
  /** URL of the default organisation's model, parsed from its source page at build time. */
  const url: string;
  export default url;
}
