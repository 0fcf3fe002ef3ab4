import { mount } from 'svelte';
import App from './App.svelte';
import ThemeSwitch from './ui/ThemeSwitch.svelte';

const target = document.getElementById('app');
const theme = document.getElementById('theme');
if (!target || !theme) throw new Error('#app or #theme is missing from index.html');

mount(ThemeSwitch, { target: theme });
export default mount(App, { target });
