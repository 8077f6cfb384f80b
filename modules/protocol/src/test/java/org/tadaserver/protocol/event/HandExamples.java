package org.tadaserver.protocol.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hand-written examples with real values, for every event whose seed example is a placeholder, missing or malformed,
 * and for the events newer than the seed (reference §1.8). Each must round-trip with no difference at all, so each
 * spells out every always-written key.
 */
final class HandExamples {

    static final String CONTACT = "d-bd500a50-3a38-44d1-a43c-fb1a48e1a79e";
    static final String OTHER = "d-0b1b2362-fb69-4dd6-8bfb-90c89517168d";
    static final String GROUP = "g-3f7e2a85-49f5-4586-8229-d9c52813dcb2";
    static final String TASK = "t-be962c01-14ae-4c59-aeb0-f0ff5cffab74";
    static final String CALL = "9f0e8a1c-6a3b-4c9d-8e7f-0a1b2c3d4e5f";
    static final String TEAM = "6aefcf3b-e61c-4f35-8b5b-9d762a6a6cf9";
    static final String MESSAGE = "e0fca4c2-0d17-4317-96cd-703c2ca781e4";

    private HandExamples() {
    }

    /** Event name to {@code params} JSON (the envelope is added by the test). */
    static Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        // Placeholders in the seed ("BOOL", "INT", "STRING", "JID") replaced by real values.
        p.put("client.activity", "{'afk':true}");
        p.put("client.call.buzz", "{'jid':'" + GROUP + "','members':['" + CONTACT + "']}");
        p.put("client.call.buzzcancel", "{'jid':'" + GROUP + "'}");
        p.put("client.call.leave", "{'jid':'" + GROUP + "','reason':'hangup'}");
        p.put("client.call.offer", "{'jid':'" + GROUP + "','muted':false,'trickle':true,'sdp':'v=0\\r\\n',"
                + "'call_type':'video','enabled_audio':true,'enabled_video':true}");
        p.put("client.call.reject", "{'jid':'" + CONTACT + "','reason':'busy'}");
        p.put("client.call.sound", "{'jid':'" + GROUP + "','muted':true}");
        p.put("client.call.trickle", "{'jid':'" + GROUP + "','candidate':'candidate:2 1 tcp 1019216383 95.213.181.86 0 typ"
                + " host','sdp_mid':'0','sdp_mline_index':1}");
        p.put("client.chat.composing", "{'jid':'" + CONTACT + "','is_audio':true,'composing':true}");
        p.put("client.chat.lastread", "{'jid':'" + TASK + "','last_read_message_id':'" + MESSAGE + "'}");
        p.put("client.message.updated", "{'to':'" + CONTACT + "','content':{'text':'hello','type':'plain'},"
                + "'message_id':'" + MESSAGE + "','reply_to':'f4f1f09c-f978-4b54-a321-b4c82604010d',"
                + "'linked_messages':['977f228b-2aa5-4b8b-a4f2-0ff36116aacc'],'important':true,'nopreview':true,"
                + "'uploads':['3c2d1e0f-1111-4222-8333-944455556666'],'old_style_attachment':true,'comment':'old'}");
        p.put("client.message.deleted", "{'message_id':'" + MESSAGE + "'}");
        // "EVENT MISSING EXAMPLE" in the seed.
        p.put("client.call.muteall", "{'jid':'" + GROUP + "'}");
        p.put("server.call.checkfingerprint", "{'fingerprint':'sha-256 AB:CD:EF'}");
        p.put("server.call.leave", "{'jid':'" + GROUP + "','uid':'" + CALL + "'}");
        p.put("server.call.muteall", "{'jid':'" + GROUP + "','muted':true}");
        p.put("server.call.reject", "{'jid':'" + CONTACT + "','uid':'" + CALL + "','reason':'busy'}");
        p.put("server.call.restart", "{'jid':'" + GROUP + "','uid':'" + CALL + "','team':'" + TEAM + "'}");
        p.put("server.call.sound", "{'jid':'" + GROUP + "','muted':false}");
        p.put("server.chat.draft", "{'jid':'" + CONTACT + "','draft':'half a thought','revision':1695000000123,"
                + "'draft_gentime':1695000000123456789,'draft_num':1695000000123456789}");
        p.put("server.debug", "{'text':'debug text'}");
        p.put("server.message.push", "{'title':'Alice','subtitle':'Team','message':'hello','icon_url':"
                + "'https://host/u/a.png','click_action':'https://host/" + TEAM + "/chats/" + CONTACT + "','tag':'t',"
                + "'team':'" + TEAM + "','sender':'" + OTHER + "','chat':'" + OTHER + "','message_id':'" + MESSAGE
                + "','created':'2019-09-27T01:01:33.661466Z'}");
        p.put("server.processing", "{'action':'import','action_type':'task_import','message':'Importing tasks',"
                + "'body':'tasks.csv','has_error':false,'num':3,'total':10}");
        p.put("server.tag.deleted", "{'tags':[{'uid':'autotest'}]}");
        p.put("server.tag.updated", "{'tags':[{'uid':'autotest','name':'autotest'}]}");
        p.put("server.upload.updated", "{'uploads':[{'uid':'3c2d1e0f-1111-4222-8333-944455556666',"
                + "'created':'2019-09-27T01:01:33.661466Z','size':1048576,'duration':12,'name':'clip.mp4',"
                + "'url':'https://host/u/3c2d1e0f/clip.mp4','preview':{'url':'https://host/u/p.jpg',"
                + "'url_2x':'https://host/u/p2.jpg','width':320,'height':240},'content_type':'video/mp4',"
                + "'blurhash':'LEHV6nWB2yk8','processing':true,'pdf_version':{'url':'https://host/u/c.pdf',"
                + "'text_preview':'first line'},'type':'video'}]}");
        // Malformed in the seed: its example is a bare settings object without envelope or namespace.
        p.put("server.uisettings", "{'namespace':'web','data':{'last-tab':91238475}}");
        // Newer than the seed (reference §1.8).
        p.put("client.call.sdp", "{'jid':'" + GROUP + "','uid':'" + CALL + "','jsep':{'sdp':'v=0\\r\\n','type':'offer'}}");
        p.put("client.call.video", "{'jid':'" + GROUP + "','enabled':true}");
        p.put("client.call.screenshare", "{'call_jid':'" + GROUP + "','screenshare_enabled':true}");
        p.put("server.logout", "{'reason':'session closed'}");
        p.put("server.call.sdp", "{'jid':'" + GROUP + "','jids':['" + CONTACT + "','" + OTHER + "'],'uid':'" + CALL
                + "','jsep':{'sdp':'v=0\\r\\n','type':'answer'}}");
        p.put("server.call.screenshare", "{'screenshare_enabled':true,'call_jid':'" + GROUP + "','actor_jid':'"
                + CONTACT + "'}");
        p.put("server.meeting.updated", "{'meetings':[{'id':'m1','title':'Standup'}],'team_meetings_count':1,"
                + "'user_meetings_count':1,'team_meetings_dates':['2023-05-01'],'user_meetings_dates':['2023-05-01']}");
        p.put("server.meeting.deleted", "{'meeting_id':['m1','m2']}");
        p.put("server.meetingcell.updated", "{'meeting_id':'m1','start_at_old':'2023-05-01T09:00:00.000000Z',"
                + "'start_at_new':'2023-05-01T10:30:00.000000Z','duration':30}");
        p.put("server.account.updated", "{'account':{'personal_account_id':'42','status':'active'}}");
        p.put("server.workplace.updated", "{'workplaces':[{'uuid':'" + TEAM + "','full_name':'Alice Smith',"
                + "'phone':'+75550000001','email':'a@example.com','last_activity':'2023-05-01T09:00:00.000000Z'}]}");
        p.replaceAll((event, json) -> json.replace('\'', '"'));
        return p;
    }
}
