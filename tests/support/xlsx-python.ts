import { execFileSync } from 'node:child_process';

// Reads a workbook with Python's zipfile and XML parser, not exceljs: proves the file is a real
// .xlsx another program can read, and what it says.
const script = String.raw`
import json, sys, zipfile, re
import xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
out = {}
for sheet in ET.fromstring(z.read('xl/workbook.xml')).find('m:sheets', ns):
    target = rels[sheet.get('{%s}id' % ns['r'])].lstrip('/')
    path = target if target.startswith('xl/') else 'xl/' + target
    rows = []
    for row in ET.fromstring(z.read(path)).iter('{%s}row' % ns['m']):
        cells = []
        for c in row.findall('m:c', ns):
            col = re.match(r'[A-Z]+', c.get('r')).group(0)
            index = 0
            for ch in col: index = index * 26 + ord(ch) - 64
            while len(cells) < index - 1: cells.append(None)
            v = c.find('m:v', ns)
            if c.get('t') == 's': value = shared[int(v.text)]
            elif c.get('t') == 'inlineStr': value = ''.join(t.text or '' for t in c.iter('{%s}t' % ns['m']))
            else: value = v.text if v is not None else None
            cells.append(value)
        rows.append(cells)
    out[sheet.get('name')] = rows
print(json.dumps(out))
`;

/** Sheet name → rows of cell texts. */
export function readXlsxWithPython(path: string): Record<string, (string | null)[][]> {
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as Record<string, (string | null)[][]>;
}
