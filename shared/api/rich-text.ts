import { z } from 'zod';

/**
 * A rich text as TipTap JSON (ProseMirror document). Its shape is checked loosely here and cleaned
 * node by node in the main process (electron/main/print/rich-text/clean.ts) before it is stored.
 */
export type RichTextNode = { type: string; attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[]; text?: string; content?: RichTextNode[] };

export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    marks: z.array(z.object({ type: z.string().max(40), attrs: z.record(z.string(), z.unknown()).optional() })).max(20).optional(),
    text: z.string().max(100_000).optional(),
    content: z.array(richTextNodeSchema).max(5_000).optional(),
  }),
);
export const richTextSchema = richTextNodeSchema;
export type RichText = RichTextNode;

export const emptyRichText = (): RichText => ({ type: 'doc', content: [{ type: 'paragraph' }] });
