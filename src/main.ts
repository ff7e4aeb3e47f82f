import './ui/menu.css';
import { loadLevels } from './ui/levels';
import { mountMenu } from './ui/menu';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

mountMenu(root, { levels: loadLevels() });
// Tests wait on this instead of guessing when the first render has happened.
document.body.dataset.ready = 'true';
