/** The process editor, fetched when #editor is first opened (one chunk with its panels and the app/editor core). */
export { editorScreen, type EditorHost } from '../editor/editor-screen';
export { EditorState } from '../editor/editor-state';
