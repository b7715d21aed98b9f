// The WPS 加载项 package files the build writes next to the add-in folder (webpack.config.js, `npm run build:wps`):
// what wpsjs's interactive `build`/`publish` would write, without its prompts (spec/wps.md §1).
//
//   dist/wps/jx/                    the add-in folder (index.html, main.js, ribbon.xml, taskpane.html, manifest.xml,
//                                   functions.json, assets/): host it, or copy it into jsaddons
//   dist/wps/jsplugins.xml          online mode: WPS loads the add-in from the hosted folder (oem.ini JSPluginsServer)
//   dist/wps/offline/jsplugins.xml  offline folder mode: the folder copied to jsaddons/jx_<version>/ on the PC
//   dist/wps/publish.html           for unmanaged PCs: enables the hosted add-in through WPS's local relay
//
// Environment: JX_WPS_BASE_URL, where dist/wps/ is hosted (default http://127.0.0.1:3889/), so that the add-in is at
// <base>jx/.
'use strict';

const ADDIN = { name: 'jx', type: 'et', title: '绩效自评助手' };

function normalizeBase(url) {
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) throw new Error(`JX_WPS_BASE_URL must be http(s), not ${url}`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

const xmlAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Online mode: the add-in is loaded from `<base>jx/` each time WPS starts (central updates). */
function onlineJsplugins(base) {
  const url = `${normalizeBase(base)}${ADDIN.name}/`;
  return `<jsplugins>\n  <jspluginonline name="${ADDIN.name}" type="${ADDIN.type}" url="${xmlAttr(url)}"/>\n</jsplugins>\n`;
}

/** Offline folder mode: the add-in folder copied to jsaddons/<name>_<version>/ (no .7z), version-pinned. */
function offlineJsplugins(version) {
  return `<jsplugins>\n  <jsplugin name="${ADDIN.name}" type="${ADDIN.type}" url="${ADDIN.name}_${xmlAttr(version)}" version="${xmlAttr(version)}"/>\n</jsplugins>\n`;
}

/** The add-in's manifest.xml: the custom functions' metadata and namespace (WPS ≥ 12.1.0.20540). */
function manifestXml(version) {
  return `<JsPlugin>\n  <Name>${ADDIN.name}</Name>\n  <Version>${xmlAttr(version)}</Version>\n  <Functions>\n    <Uri>functions.json</Uri>\n    <Namespace>JX</Namespace>\n  </Functions>\n</JsPlugin>\n`;
}

/**
 * publish.html: asks WPS's local relay (127.0.0.1:58890, started through the ksoWPSCloudSvr:// protocol, which shows
 * a trust dialog) to enable the hosted add-in; the user then restarts WPS. No script or style from elsewhere.
 */
function publishHtml(base, version) {
  const url = `${normalizeBase(base)}${ADDIN.name}/`;
  const params = { cmd: 'enable', name: ADDIN.name, url, addonType: ADDIN.type, online: 'true', version };
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>安装 ${ADDIN.title}（WPS 表格加载项）</title>
<style>
  body { font-family: 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #242424; line-height: 1.6; }
  button { font-size: 1em; padding: .5em 1.5em; }
  #status { margin-top: 1em; font-weight: 600; }
  code { background: #f3f3f3; padding: 0 .3em; }
</style>
</head>
<body>
<h1>安装“${ADDIN.title}”到 WPS 表格</h1>
<p>加载项地址：<code>${url.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code>（版本 ${String(version).replace(/</g, '&lt;')}）</p>
<ol>
  <li>点“安装”。如浏览器询问是否打开 WPS 的本地服务，请允许（可能出现一次信任提示）。</li>
  <li>看到“已安装”后，完全退出并重新打开 WPS，在“绩效自评”选项卡中点“打开助手”。</li>
</ol>
<p><button id="install">安装</button> <button id="remove">卸载</button></p>
<p id="status" role="status"></p>
<script>
(function () {
  var PARAMS = ${JSON.stringify(params)};
  var RELAY = 'http://127.0.0.1:58890/deployaddons/runParams';
  var status = document.getElementById('status');
  function b64(s) { return btoa(unescape(encodeURIComponent(s))); }
  function send(cmd, retried) {
    var p = {}; for (var k in PARAMS) p[k] = PARAMS[k]; p.cmd = cmd;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', RELAY);
    xhr.onload = function () { status.textContent = cmd === 'enable' ? '已安装：请重新打开 WPS。' : '已卸载：请重新打开 WPS。'; };
    xhr.onerror = function () {
      if (retried) { status.textContent = '无法连接 WPS 本地服务（127.0.0.1:58890）。请确认已安装 WPS 企业版，或请信息中心按 docs/deploy-wps.md 安装。'; return; }
      status.textContent = '正在启动 WPS 本地服务…';
      location.href = 'ksoWPSCloudSvr://start=RelayHttpServer';
      setTimeout(function () { send(cmd, true); }, 3000);
    };
    xhr.send(b64(JSON.stringify(p)));
  }
  document.getElementById('install').onclick = function () { send('enable'); };
  document.getElementById('remove').onclick = function () { send('disable'); };
})();
</script>
</body>
</html>
`;
}

module.exports = { ADDIN, normalizeBase, onlineJsplugins, offlineJsplugins, manifestXml, publishHtml };
