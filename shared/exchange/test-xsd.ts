// Test support: validates XML against the official REFI-QDA schemas with xmllint compiled to
// WebAssembly, so the check needs no system tools. Used only by *.test.ts files.
import { validateXML } from 'xmllint-wasm';
import projectXsd from '../../fixtures/refi-qda/Project.xsd?raw';
import codebookXsd from '../../fixtures/refi-qda/Codebook.xsd?raw';

export async function xsdErrors(xml: string, schema: 'project' | 'codebook'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: schema === 'project' ? 'project.qde' : 'codebook.qdc', contents: xml }],
    schema: [schema === 'project' ? projectXsd : codebookXsd],
    maxMemoryPages: 4096,
  });
  return result.valid ? [] : result.errors.map((e) => e.message);
}
