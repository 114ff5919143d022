// Vitest stands in this empty module for `server-only`, which throws outside a React server bundle.
export {};
