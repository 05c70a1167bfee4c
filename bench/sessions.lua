-- Realistic Media Collection API traffic for wrk: every connection plays sessions, each one a
-- sessionStart and then the timeline below (ads, play, pings, a pause, a bitrate change, completion).
-- With the script argument "media-edge" the same timeline goes to the Media Edge API instead
-- (POST /ee/va/v1/{eventType}, XDM bodies carrying the sessionID, the id read from the sessionStart's 200).
-- Each wrk thread keeps a ring of session slots 32 times its connections and serves them round robin, so a
-- session's next event is sent some 2,000 requests after its previous one, long after it was answered: wrk
-- cannot tell which connection an answer came back on, and events of one session must not overtake each other.

local timeline = {
  -- { eventType, second on the action timeline, playhead, extra JSON or nil, its Media Edge mediaCollection fields }
  { "adBreakStart", 0, 0, '"params":{"media.ad.podFriendlyName":"pre-roll","media.ad.podIndex":0,"media.ad.podSecond":0}',
    '"advertisingPodDetails":{"friendlyName":"pre-roll","index":0,"offset":0}' },
  { "adStart", 0, 0, '"params":{"media.ad.name":"Ad 1","media.ad.id":"001","media.ad.length":15,"media.ad.podPosition":1,"media.ad.playerName":"bench"}',
    '"advertisingDetails":{"friendlyName":"Ad 1","name":"001","length":15,"podPosition":1,"playerName":"bench"}' },
  { "ping", 10, 0 },
  { "adComplete", 15, 0 },
  { "adBreakComplete", 15, 0 },
  { "play", 15, 0 },
  { "ping", 20, 5 },
  { "ping", 30, 15 },
  { "pauseStart", 33, 18 },
  { "ping", 40, 18 },
  { "play", 43, 18 },
  { "ping", 50, 25 },
  { "bitrateChange", 52, 27, '"qoeData":{"media.qoe.bitrate":1500000}', '"qoeDataDetails":{"bitrate":1500000}' },
  { "ping", 60, 35 },
  { "sessionComplete", 68, 43 },
  { "sessionEnd", 68, 43 },
}

local T0 = 1700000000000
-- The sessionStart body, shared with bench/run's start-up probe.
local file = assert(io.open("bench/session-start.json"), "run wrk from the repository's top folder")
local sessionStart = file:read("*a"):gsub("%s+$", "")
file:close()
local headers = { ["Content-Type"] = "application/json" }

-- Bodies are built once; only the path carries the sid. On Media Edge the body carries it: each body is then
-- the text before the sid, and edgeTails holds the text after it.
local bodies, edgeTails = {}, {}
local function isoTime(ms) return os.date("!%Y-%m-%dT%H:%M:%S", math.floor(ms / 1000)) .. string.format(".%03dZ", ms % 1000) end
local function buildBodies(edge)
  for i, step in ipairs(timeline) do
    local ts = T0 + step[2] * 1000 + i -- a millisecond apart, as a correct player keeps sibling events
    if edge then
      bodies[i] = '{"events":[{"xdm":{"eventType":"media.' .. step[1] .. '","timestamp":"' .. isoTime(ts)
        .. '","mediaCollection":{"playhead":' .. step[3] .. ',"sessionID":"'
      edgeTails[i] = '"' .. (step[5] and (',' .. step[5]) or '') .. '}}}]}'
    else
      local body = '{"eventType":"' .. step[1] .. '","playerTime":{"playhead":' .. step[3] .. ',"ts":' .. ts .. '}'
      if step[4] then body = body .. ',' .. step[4] end
      bodies[i] = body .. '}'
    end
  end
end
local edge = false
local startPath = "/api/v1/sessions"

local slots, nextSlot, awaiting = {}, 1, {}
-- Optional limits, for filling the mock with open sessions: sessions per thread, events per session.
local sessionsLeft, steps = math.huge, #bodies

function init(args)
  local connections = tonumber(args[1]) or 64
  if tonumber(args[2] or "0") > 0 then sessionsLeft = tonumber(args[2]) end
  if tonumber(args[3] or "0") > 0 then steps = tonumber(args[3]) end
  for i = 1, connections * 32 do slots[i] = { sid = nil, step = 0, starting = false } end
  edge = args[4] == "media-edge"
  buildBodies(edge)
  if edge then
    local f = assert(io.open("bench/session-start-edge.json"), "run wrk from the repository's top folder")
    sessionStart = f:read("*a"):gsub("%s+$", "")
    f:close()
    startPath = "/ee/va/v1/sessionStart?configId=bench"
  end
end

function request()
  for _ = 1, #slots do
    local slot = slots[nextSlot]
    nextSlot = nextSlot % #slots + 1
    if slot.sid and slot.step < steps then
      slot.step = slot.step + 1
      local path, body = "/api/v1/sessions/" .. slot.sid .. "/events", bodies[slot.step]
      if edge then
        path, body = "/ee/va/v1/" .. timeline[slot.step][1], body .. slot.sid .. edgeTails[slot.step]
      end
      if slot.step == #bodies then slot.sid, slot.step = nil, 0 end
      return wrk.format("POST", path, headers, body)
    elseif not slot.sid and not slot.starting and sessionsLeft > 0 then
      sessionsLeft = sessionsLeft - 1
      slot.starting = true
      awaiting[#awaiting + 1] = slot
      return wrk.format("POST", startPath, headers, sessionStart)
    end
  end
  if sessionsLeft <= 0 then
    -- every session asked for is open and has sent its events: this thread is done
    wrk.thread:stop()
    return wrk.format("GET", "/__admin/media-collection/rules")
  end
  -- every slot is waiting for its sid: one more session
  sessionsLeft = sessionsLeft - 1
  local slot = { sid = nil, step = 0, starting = true }
  slots[#slots + 1] = slot
  awaiting[#awaiting + 1] = slot
  return wrk.format("POST", startPath, headers, sessionStart)
end

-- Any waiting slot may take any new sid: they all started at the same ts.
function response(status, headers, body)
  if (status == 201 or (edge and status == 200)) and #awaiting > 0 then
    local slot = table.remove(awaiting, 1)
    slot.starting = false
    if edge then
      slot.sid = string.match(body or "", '"sessionId":"([0-9a-f]+)"')
    else
      slot.sid = string.match(headers["Location"] or headers["location"] or "", "/api/v1/sessions/([^/]+)$")
    end
  elseif (status >= 400 or (edge and status == 207)) and #awaiting > 0 and status ~= 410 then
    -- a refused sessionStart (e.g. a cap): the slot starts over
    local slot = table.remove(awaiting, 1)
    slot.starting = false
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"seconds":%.3f,"perSecond":%.1f,"p50ms":%.3f,"p99ms":%.3f,"maxms":%.3f,'
      .. '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
