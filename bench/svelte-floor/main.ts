import { mount } from 'svelte';
import Floor from './Floor.svelte';

const target = document.getElementById('app');
if (target) mount(Floor, { target });
