import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseWorksheet, spreadMerges } from '../../../electron/main/workbooks/xlsx-reader/worksheet';
import { sharedStringsOf, textOf, workbookSheetsOf } from '../../../electron/main/workbooks/xlsx-reader/xml';
import { inflateChunkBytes, listZipEntries, readZipEntry } from '../../../electron/main/workbooks/xlsx-reader/zip';

const noPause = async () => {};

describe('the small xlsx reader', () => {
  it('reads shared, inline and formula strings, numbers, booleans, entities, and skips errors', async () => {
    const strings = sharedStringsOf('<sst><si><t>ASH</t></si><si><r><t>Aide </t></r><r><rPr/><t>soignante</t></r><rPh><t>x</t></rPh></si><si><t>A &amp; B_x000D_</t></si></sst>');
    expect(strings).toEqual(['ASH', 'Aide soignante', 'A & B\r']);
    const xml = `<worksheet><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>inline &lt;b&gt;</t></is></c></row>
      <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><f>5*7</f><v>35</v></c><c r="C3" t="str"><f>A1</f><v>ASH</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#DIV/0!</v></c><c r="F3" s="2"/></row>
      <row r="4"/>
    </sheetData><mergeCells count="1"><mergeCell ref="A3:A5"/></mergeCells></worksheet>`;
    const { rows, merges } = await parseWorksheet(xml, strings, noPause);
    expect(rows).toEqual([
      { number: 1, values: ['ASH', null, 'inline <b>'] },
      { number: 3, values: ['Aide soignante', 35, 'ASH', true] },
    ]);
    expect(merges).toEqual([{ top: 3, left: 1, bottom: 5, right: 1 }]);
  });

  it('reads prefixed elements (OpenXML SDK) and cells without references; spreads merged values', async () => {
    const xml = `<x:worksheet><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>01/2025</x:t></x:is></x:c><x:c><x:v>4</x:v></x:c></x:row>
      <x:row><x:c/><x:c><x:v>5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>`;
    const { rows, merges } = await parseWorksheet(xml, [], noPause);
    spreadMerges(rows, merges);
    expect(rows).toEqual([
      { number: 1, values: ['01/2025', 4] },
      { number: 2, values: ['01/2025', 5] },
    ]);
  });

  it('names sheets and their hidden state from workbook.xml', () => {
    const { sheets } = workbookSheetsOf('<workbook><sheets><sheet name="CDD" sheetId="2" r:id="rId2"/><sheet name="_meta" sheetId="4" state="hidden" r:id="rId4"/></sheets></workbook>');
    expect(sheets).toEqual([
      { name: 'CDD', relId: 'rId2', isHidden: false },
      { name: '_meta', relId: 'rId4', isHidden: true },
    ]);
  });

  it('lists a zip from its central directory and inflates an entry', async () => {
    const content = Buffer.from('<sst/>'.repeat(50));
    const compressed = deflateRawSync(content);
    const name = Buffer.from('xl/sharedStrings.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const centralOffset = local.length + name.length + compressed.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(centralOffset, 16);
    const zip = Buffer.concat([local, name, compressed, central, name, end]);
    const entries = listZipEntries(zip);
    const entry = entries.get('xl/sharedStrings.xml')!;
    expect((await readZipEntry(zip, entry, 1_000_000)).toString()).toBe(content.toString());
    await expect(readZipEntry(zip, entry, 10)).rejects.toThrow();
  });

  it('inflates a part whole whatever size the directory declares, in one chunk when it is true', async () => {
    const content = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `<row r="${i}"/>`).join(''));
    const compressed = deflateRawSync(content);
    const entryOf = (size: number) => ({ name: 'xl/worksheets/sheet1.xml', method: 8, compressedSize: compressed.length, size, localOffset: 0 });
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const zip = Buffer.concat([local, compressed]);
    // A writer that under-declares (or a hand-made file): more chunks, the same bytes.
    for (const declared of [content.length, 1_000, 0]) expect((await readZipEntry(zip, entryOf(declared), 10_000_000)).equals(content)).toBe(true);
    expect(inflateChunkBytes(content.length)).toBeGreaterThan(content.length);
    // A size claimed by a zip bomb reserves 16 MB at most, not what it claims.
    expect(inflateChunkBytes(400 * 1024 * 1024)).toBe(16 * 1024 * 1024);
  });

  it('reads shared strings of every shape as the plain regular-expression reading did', () => {
    // The reading it replaced, kept here as the reference: one regular expression per string.
    const reference = (xml: string) => [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((match) => textOf(match[1] ?? ''));
    const parts = [
      '<sst count="9"><si><t>EHPAD Les Tilleuls</t></si><si><t xml:space="preserve"> Aide à domicile </t></si><si/><si><t/></si>',
      '<si><t>A &amp; B &lt;C&gt; _x000D_ &#233;</t></si><si><r><rPr><b/></rPr><t>Gras</t></r><r><t> et non</t></r></si>',
      '<si><t>ア</t><rPh sb="0" eb="1"><t>a</t></rPh></si><si>\n  <t>indenté</t>\n</si><si><t>_x0041_</t></si></sst>',
      '<x:sst><x:si><x:t>préfixé</x:t></x:si><x:si><x:r><x:t>riche</x:t></x:r></x:si></x:sst>',
    ];
    for (const xml of parts) expect(sharedStringsOf(xml)).toEqual(reference(xml));
    expect(sharedStringsOf(parts[0] ?? '')).toEqual(['EHPAD Les Tilleuls', ' Aide à domicile ', '', '']);
  });
});
