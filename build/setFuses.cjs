// Electron fuses, flipped in the packaged binary: no running as plain Node, no Node options or inspector from
// outside, cookies encrypted, and the app loaded only from its own (integrity-checked) asar archive.
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

exports.default = async function setFuses(context) {
  const name = context.packager.appInfo.productFilename;
  const executable = {
    darwin: path.join(context.appOutDir, `${name}.app`, 'Contents', 'MacOS', name),
    win32: path.join(context.appOutDir, `${name}.exe`),
    linux: path.join(context.appOutDir, context.packager.executableName),
  }[context.electronPlatformName];
  await flipFuses(executable, {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  });
};
