// Types of protect.mjs, for the feed editor (src/editor/), which saves with it.
export function protectFeed<T>(
  data: T,
  schema: unknown,
  protectEmail: (address: string) => {protected: string},
): {feed: T; count: number};
export function emailFields(schema: unknown): string[];
export function loadEncoder(): Promise<
  ((address: string) => {protected: string}) | undefined
>;
