/** The navbar's item types, plus the version menu (`type: 'custom-versionMenu'` in the config). */
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import VersionMenu from '@site/src/components/releases/VersionMenu';

export default {
  ...ComponentTypes,
  'custom-versionMenu': VersionMenu,
};
